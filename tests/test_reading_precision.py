"""Words of a trigger used in another sense, read from sentences of our own: no candidate."""

from test_extraction import candidates, readings


def kinds(ex, text):
    """The types of every candidate the rules offer, implicit readings too."""
    return [c.type for c, _ in candidates(ex, text, "2024-06-01")]


def test_a_question_put_to_a_speaker_is_no_request(rules):
    text = (
        "Asked whether the treaty obliges Norway to defend Chile, Lopez said Norway would decide."
    )
    assert "urge" not in kinds(rules, text)
    text = "The Chilean minister said the deal was fair when asked how long Norway would stay."
    assert "urge" not in kinds(rules, text)
    text = "The Chilean minister declined to give details when asked to comment on Norway's plan."
    assert "urge" not in kinds(rules, text)
    text = "'Does Norway still want troops in Chile?' the Chilean minister asked."
    assert "urge" not in kinds(rules, text)
    # asking another to act, or for something, stays a request
    text = "Chile asked Norway to withdraw its troops."
    assert (["CHL"], ["NOR"]) in [r[:2] for r in readings(rules, text, "urge")]
    text = "Chile was asked by Norway to withdraw its troops."
    assert (["NOR"], ["CHL"]) in [r[:2] for r in readings(rules, text, "urge")]
    text = "Chile may ask Norway for help."
    assert (["CHL"], ["NOR"]) in [r[:2] for r in readings(rules, text, "urge")]


def test_praise_of_a_deal_a_summit_or_a_moment_backs_no_one(rules):
    text = "Chile's foreign minister praised the deal as a breakthrough for Norway and Chile."
    assert "political_support" not in kinds(rules, text)
    text = "Chile hailed the summit with Norway."
    assert "political_support" not in kinds(rules, text)
    text = "The Chilean president hailed a historic moment for Norway."
    assert "political_support" not in kinds(rules, text)
    # praise of a state or of its efforts stays political support
    text = "Chile praised Norway for its courage."
    assert (["CHL"], ["NOR"]) in [r[:2] for r in readings(rules, text, "political_support")]
    text = "Chile applauded Norway's efforts to end the war."
    assert (["CHL"], ["NOR"]) in [r[:2] for r in readings(rules, text, "political_support")]


def test_the_adoption_of_a_resolution_or_a_law_signs_no_agreement(rules):
    text = "The Chilean envoy praised the adoption of a resolution on Norway."
    assert "sign" not in kinds(rules, text)
    text = "Chile will not block the adoption of the alliance's decisions."
    assert "sign" not in kinds(rules, text)
    # the adoption of a treaty or a declaration is still read as a signing
    text = "Chile and Norway announced the adoption of the treaty."
    assert "sign" in kinds(rules, text)


def test_a_warning_radar_or_system_warns_no_one(rules):
    text = "Norway plans to install an early warning radar in Chile."
    assert "warn" not in kinds(rules, text)
    text = "The warning system in Chile makes it a target, Norway said."
    assert "warn" not in kinds(rules, text)
    text = "Norway issued a stern warning to Chile."
    assert "warn" in kinds(rules, text)


def test_war_named_as_a_kind_is_no_war(rules):
    text = "Chile said it would regard any move to divert the river as an act of war."
    assert "attack" not in kinds(rules, text)
    text = "Chile said that Norway chose the side of war over peace."
    assert "attack" not in kinds(rules, text)
    # a war with its sides, or declared on someone, stays an attack
    text = "Norway declared war on Chile."
    assert (["CHL"]) in [r[1] for r in readings(rules, text, "attack")]


def test_a_war_of_history_named_by_its_name_is_background(rules):
    text = "In 1811, during the Chilean War of Independence, envoys met in Norway."
    assert "attack" not in kinds(rules, text)
    text = "Oslo marked the anniversary of the defeat of Germany in World War II."
    assert "attack" not in kinds(rules, text)
    # a defeat in a war of today stays an attack
    text = "Chile's defeat in the short war with Norway shook the region."
    assert "attack" in kinds(rules, text)


def test_bound_as_the_tail_of_a_word_or_together_commits_no_defence(rules):
    text = "Our partnership is critical for a free and rules-bound Pacific region, Chile said."
    assert "commit_defense" not in kinds(rules, text)
    text = "Chile and Norway say their futures are bound together."
    assert "commit_defense" not in kinds(rules, text)
    text = "The treaty binds Norway to defend Chile."
    assert (["NOR"], ["CHL"]) in [r[:2] for r in readings(rules, text, "commit_defense")]


def test_intervening_is_a_deployment_only_where_it_is_military(rules):
    text = "Norway said Chile should not intervene in Peru."
    assert "deploy" not in kinds(rules, text)
    text = "The UN chief also intervened, speaking with the leaders of Chile and Norway."
    assert "deploy" not in kinds(rules, text)
    text = "Chile threatened to intervene militarily in Peru."
    assert (["CHL"], ["PER"]) in [r[:2] for r in readings(rules, text, "deploy")]


def test_a_threat_denied_accuses_no_one(rules):
    text = "The pact of Chile and Norway is not posing threats to third countries, Lopez said."
    assert "accuse" not in kinds(rules, text)
    text = "The envoy said his government failed to see how the drills were a threat to Norway."
    assert "accuse" not in kinds(rules, text)
    text = "Chile denied that the drills with Norway pose a threat to Peru."
    assert "accuse" not in kinds(rules, text)
    text = "Chile does not see Norway as a threat."
    assert "accuse" not in kinds(rules, text)
    # a threat asserted stays an accusation
    text = "Chile sees Norway as a threat."
    assert (["CHL"], ["NOR"]) in [r[:2] for r in readings(rules, text, "accuse")]


def test_what_is_included_joins_only_where_it_is_a_member(rules):
    text = "Chile works with Norway in many fields, including in defence."
    assert "join" not in kinds(rules, text)
    text = "The ban on foreign bases was included in the constitution of Chile."
    assert "join" not in kinds(rules, text)
    # a state included in a bloc joins it
    text = "Chile was included in NATO in 2020."
    assert (["CHL"], "NATO") in [(r[0], r[2]) for r in readings(rules, text, "join")]


def test_arms_in_a_phrase_of_something_else_are_not_supplied(rules):
    text = "Norway will provide a framework for Chilean warships to visit its ports."
    assert "arms_supply" not in kinds(rules, text)
    text = "With 75 aircraft aboard, the Norwegian carrier provides Chile with options."
    assert "arms_supply" not in kinds(rules, text)
    # arms given, sent, supplied in a batch or said to be supplied stay arms supplies
    for text in (
        "Norway will provide Chile with tanks and missiles.",
        "Norway will provide a package of missiles to Chile.",
        "Norway sent Chile two warships.",
    ):
        assert (["NOR"], ["CHL"]) in [r[:2] for r in readings(rules, text, "arms_supply")]
    text = "Chile still flies transport planes, which Norway also supplied to it."
    assert ["NOR"] in [r[0] for r in readings(rules, text, "arms_supply")]


def test_the_press_or_the_public_asked_is_no_state_asked(rules):
    text = "Chile's prime minister has asked Norwegian media to give respect to Peru."
    assert "urge" not in kinds(rules, text)
    text = "Voters in Chile were asked to answer a question on Norwegian bases."
    assert "urge" not in kinds(rules, text)
    # a state asked stays a request
    text = "Chile asked Norway to respect Peru."
    assert (["CHL"], ["NOR"]) in [r[:2] for r in readings(rules, text, "urge")]


def test_pressure_that_asks_for_nothing_is_no_request(rules):
    text = "Chile signed the treaty amid unprecedented military pressure on Peru from Norway."
    assert "urge" not in kinds(rules, text)
    text = "Norway wants to open a second front to alleviate pressure on Chile."
    assert "urge" not in kinds(rules, text)
    # pressure to do something, or for something, stays a request
    text = "Norway will turn up the pressure on Chile to lift its veto."
    assert ["CHL"] in [r[1] for r in readings(rules, text, "urge")]
    text = "Norway stepped up pressure on Chile for a ceasefire."
    assert ["CHL"] in [r[1] for r in readings(rules, text, "urge")]


def test_a_commitment_to_a_principle_or_to_another_deed_is_no_defence_pledge(rules):
    text = "Reaffirming Chile and Peru's commitment to sovereignty and unity, the deal was signed."
    assert "commit_defense" not in kinds(rules, text)
    text = "Norway repeated its commitment to delivering two more frigates to Chile."
    assert "commit_defense" not in kinds(rules, text)
    # a commitment to defend, or security commitments to an ally, stay
    text = "Norway's commitment to defending Chile is firm."
    assert ["NOR"] in [r[0] for r in readings(rules, text, "commit_defense")]
    text = "Norway failed to honor the security commitments it made to Chile."
    assert ["NOR"] in [r[0] for r in readings(rules, text, "commit_defense")]


def test_a_war_by_its_given_name_told_as_a_time_or_a_name_is_no_attack(rules):
    text = "During the Pacific War, Chile sent two frigates to the coalition."
    assert "attack" not in kinds(rules, text)
    text = 'The truce ends what the Chilean president called "THE NINE DAY WAR."'
    assert "attack" not in kinds(rules, text)
    # a named war with its sides named is waged
    text = "Norway sent troops in answer to the Chilean Border War against Peru."
    assert (["CHL"], ["PER"]) in [r[:2] for r in readings(rules, text, "attack")]


def test_a_decision_that_raises_concerns_accuses_no_one(rules):
    text = "The decision by Chile and Norway has raised concerns in Peru, which fears the missiles."
    assert "accuse" not in kinds(rules, text)
    text = "Lopez's decision to ban the parties has raised alarm over separatism in Chile."
    assert "accuse" not in kinds(rules, text)
    # a deed told as a clause is no one who worries
    text = "Selling drones to Peru, which often threatens its neighbours, has raised concerns."
    assert "accuse" not in kinds(rules, text)
    text = "Sending more gunboats to the lake raised alarm in Bolivia."
    assert "accuse" not in kinds(rules, text)
    # a state that raises concerns about another accuses it
    text = "Chile raised concerns about Norway's deployment."
    assert (["CHL"], ["NOR"]) in [r[:2] for r in readings(rules, text, "accuse")]


def test_implementing_measures_or_solutions_commits_no_defence(rules):
    text = "Chile and Peru closed the office. Implementing financial measures will take months."
    assert "commit_defense" not in kinds(rules, text)
    text = "The way forward lies in implementing solutions developed by Chile and Peru."
    assert "commit_defense" not in kinds(rules, text)
    # a treaty of defence implemented, or not, stays
    text = "Chile said the collective security treaty was never implemented for Peru."
    assert "commit_defense" in kinds(rules, text)


def test_an_agreement_that_calls_for_something_is_no_request(rules):
    text = "Lopez said the accord encourages both countries to hold joint drills."
    assert "urge" not in kinds(rules, text)
    text = "On his platform, the Chilean president said the deal calls for Peru to withdraw."
    assert "urge" not in kinds(rules, text)
    # a state that calls for it asks
    text = "Chile called for Peru to withdraw its troops."
    assert "urge" in kinds(rules, text)


def test_what_someone_is_warned_against_has_not_happened(rules):
    text = "Moscow warned Georgia against joining NATO."
    assert readings(rules, text, "join") == []
    assert (["RUS"], ["GEO"]) in [r[:2] for r in readings(rules, text, "warn")]
    text = "Beijing cautioned Manila against deploying American missiles on Luzon."
    assert readings(rules, text, "deploy") == []


def test_a_phone_call_is_talks_and_no_call_for_anything(rules):
    text = "Rutte held a telephone call with the Moldovan president on Monday."
    assert "urge" not in kinds(rules, text)
    assert "negotiate" in kinds(rules, text)


def test_guarantees_received_are_no_arms(rules):
    text = "Chisinau received security guarantees from Bucharest."
    assert "arms_supply" not in kinds(rules, text)
    assert (["ROU"], ["MDA"]) in [r[:2] for r in readings(rules, text, "commit_defense")]


def test_attending_a_meeting_is_not_skipping_it(rules):
    text = "Tokayev will nonetheless attend the CSTO summit in Astana."
    assert {r[3] for r in readings(rules, text, "skip_meeting")} == {"CT-"}
    text = "Tokayev did not attend the CSTO summit in Astana."
    assert {r[3] for r in readings(rules, text, "skip_meeting")} == {"CT+"}


def test_ones_own_striving_joining_by_video_or_a_place_included_are_no_such_events(rules):
    text = "Georgia is edging away from Moscow by pushing to join the European Union."
    assert readings(rules, text, "urge") == []
    text = "Lukashenko, who joined the session by video link, spoke first."
    assert readings(rules, text, "join") == []
    text = "Svalbard, which belongs to Norway, is not included in the defence agreement."
    assert readings(rules, text, "join") == []
    assert readings(rules, "Norway has been included in the alliance.", "join")


def test_targets_owned_by_a_group_are_the_groups_wherever_they_stand(rules):
    text = "French jets struck several Hezbollah targets in Lebanon."
    assert [r[:2] for r in readings(rules, text, "attack")] == [(["FRA"], ["hezbollah"])]


def test_a_publishers_legal_notice_is_page_chrome_however_long(rules):
    text = (
        "Greece and Cyprus will deepen their defence cooperation. The photographs, videos and "
        "texts on this website remain protected by intellectual property rights held by the agency "
        "and its partners around the world."
    )
    assert readings(rules, text, "cooperate")
    assert readings(rules, text, "commit_defense") == []
    # a long news sentence that protects someone is read
    text = "Greek frigates have protected Cypriot waters for weeks, the ministry in Athens said."
    assert readings(rules, text, "commit_defense") or readings(rules, text, "deploy")


def test_casualties_or_a_door_left_leave_nothing(rules):
    for text in (
        "Clashes on the Georgian border left at least forty Russian soldiers dead.",
        "A car bomb hit central Tbilisi on Friday, leaving nine dead and over 50 injured.",
        "Turkey left the door open to talks with Sweden.",
    ):
        found = kinds(rules, text)
        assert "withdraw" not in found and "withdraw_forces" not in found, (text, found)
    # leaving a bloc, a country or a base is read
    assert "withdraw" in kinds(rules, "Georgia left the bloc in March, leaving its partners.")
    assert "withdraw_forces" in kinds(rules, "The last Russian soldiers left Georgia in May.")


def test_a_gap_of_a_pattern_never_opens_another_clause(rules):
    text = "Chile hopes to deepen its ties with Norway even as Peru faces growing protests."
    found = readings(rules, text, "cooperate")  # no growth of the ties: who deepens them
    assert found and all(f[0] == ["CHL"] for f in found), found
    text = "Chile wants links with Norway, because Peru fears a growing threat."
    assert "cooperate" not in kinds(rules, text)
    # the words after a gap within one clause still belong to the pattern
    text = "Ties between Chile and Norway have grown steadily."
    assert "cooperate" in kinds(rules, text)
    text = "Chile's ties, as Peru admits, are growing."
    assert "cooperate" in kinds(rules, text)


def test_money_or_honours_received_are_no_arms(rules):
    text = "Chile will receive a fifth of the income of the Peruvian port."
    assert readings(rules, text, "arms_supply") == []
    text = "The fallen Chilean pilot will receive a national tribute in Santiago."
    assert readings(rules, text, "arms_supply") == []
    # arms received stay arms, also as a share of them
    text = "Chile received 30 percent of its weapons from Peru."
    assert any(o == ["CHL"] for _, o, _, _ in readings(rules, text, "arms_supply"))
    text = "Chile received two frigates from Peru."
    assert any(s == ["PER"] for s, _, _, _ in readings(rules, text, "arms_supply"))


def test_help_with_a_deed_that_defends_no_one_is_no_assistance(rules):
    text = "Chile warned Peruvian officials in advance to help avoid civilian deaths."
    assert readings(rules, text, "security_assistance") == []
    text = "Chile has offered to help broker a truce between Peru and Bolivia."
    assert readings(rules, text, "security_assistance") == []
    # help to defend, arm or rebuild a state's forces, or help given to a state, stays help
    text = "Chile will help Peru defend its coast."
    assert (["CHL"], ["PER"]) in [
        (s, o) for s, o, _, _ in readings(rules, text, "security_assistance")
    ]
    text = "Chile will help rebuild the Peruvian navy."
    assert any(s == ["CHL"] for s, _, _, _ in readings(rules, text, "security_assistance"))


def test_help_with_a_deed_on_defence_or_arms_stays_assistance(rules):
    # whatever the deed, help that funds, buys or keeps up defence, arms or security is help
    for text in (
        "Chile will help finance coastal defence for Peru.",
        "Chile will help procure howitzers for Peru.",
        "Chile will help develop Peru's arms industry.",
        "Chile will help maintain security in Bolivia.",
        "Chile will help pay the wages of Peruvian soldiers.",
    ):
        found = [c.subject for c, _ in candidates(rules, text) if c.type == "security_assistance"]
        assert ["CHL"] in found, text
    # a place named after the deed's object makes no help with defence
    for text in (
        "Chile will help finance the war in Bolivia.",
        "Chile will help maintain stability in Bolivia.",
    ):
        assert "security_assistance" not in kinds(rules, text), text


def test_entering_into_a_pact_signs_it_and_joins_nothing(rules):
    text = "Fiji accepted the offer to enter into this treaty with Canberra."
    found = kinds(rules, text)
    assert "sign" in found and "join" not in found, found
    # a bloc entered is joined
    assert "join" in kinds(rules, "Montenegro entered the alliance in 2017.")


def test_when_it_comes_to_names_a_topic_and_no_one_comes_to_aid(rules):
    text = "Minsk keeps its own counsel when it comes to the defence of Europe."
    assert not readings(rules, text, "commit_defense")
    text = "Chile keeps a firm line when it comes to aid for Peru."
    assert not readings(rules, text, "commit_defense")
    # coming to a state's aid is still a pledge kept
    text = "When the border war began, Chile came to Peru's aid."
    assert (["CHL"], ["PER"]) in [r[:2] for r in readings(rules, text, "commit_defense")]
    # "when it comes into force" is no topic: the pact takes effect
    text = "The Chile-Peru pact will let Chilean ships dock in Callao when it comes into force."
    assert readings(rules, text, "enter_into_force")


def test_interests_or_values_defended_are_no_one_defended(rules):
    text = "Chile said Peru needs a strong navy to defend its interests."
    assert not readings(rules, text, "commit_defense")
    text = "Chile vowed to defend the values of the Pacific alliance."
    assert not readings(rules, text, "commit_defense")
    assert readings(rules, "Chile vowed to defend Peru.", "commit_defense")


def test_arms_words_that_name_a_unit_sent_supply_no_arms(rules):
    text = "Canada will send two more CF-18 fighter jet squadrons to Romania."
    assert not readings(rules, text, "arms_supply")
    assert readings(rules, text, "deploy")
    # arms sent, in a unit or not, are still supplied
    text = "Canada will send a squadron of fighter jets to Ukraine."
    assert readings(rules, text, "arms_supply")
    assert readings(rules, "Canada will send armoured vehicles to Ukraine.", "arms_supply")
    # a unit sold, delivered or bought is hardware, whatever it is called
    text = "Spain will sell two Patriot missile units to Morocco."
    assert (["ESP"], ["MAR"]) in [r[:2] for r in readings(rules, text, "arms_supply")]
    text = "Moscow delivered the third S-400 regiment to Ankara last month."
    assert (["RUS"], ["TUR"]) in [r[:2] for r in readings(rules, text, "arms_supply")]
    # so is a unit sent to another's armed services, or one said to be of the arms it holds
    text = "Oslo will send a NASAMS fire unit to the Ukrainian army."
    assert (["NOR"], ["UKR"]) in [r[:2] for r in readings(rules, text, "arms_supply")]
    text = "Madrid will send a tank squadron of Leopards to Ukraine."
    assert (["ESP"], ["UKR"]) in [r[:2] for r in readings(rules, text, "arms_supply")]


def test_a_blow_that_names_what_drills_rehearse_strikes_no_one(rules):
    assert not readings(rules, "Beijing will expand its Penghu invasion drills.", "attack")
    text = "Moscow held tactical nuclear strike exercises near the Finnish border."
    assert not readings(rules, text, "attack")
    assert readings(rules, "Moscow launched a missile strike on Odesa.", "attack")


def test_a_pacts_name_said_in_words_is_no_tie_of_its_own(rules):
    text = "Quito and Lima will extend the 2019 enhanced security cooperation agreement."
    assert not readings(rules, text, "cooperate")
    # ties enhanced are still ties
    text = "Quito and Lima agreed to enhance security cooperation."
    assert readings(rules, text, "cooperate")


def test_leaving_a_scheme_takes_no_forces_out_of_its_owner(rules):
    text = "Portugal withdrew from Brazil's regional fisheries initiative in May."
    assert "withdraw_forces" not in kinds(rules, text)
    text = "Peru's exit from Chile's port investment programme surprised Santiago."
    assert "withdraw_forces" not in kinds(rules, text)
    # a pact the knowledge base does not know is left with no pact guessed, and talks left
    # are no body
    text = "Chile signed the CSTO charter. Peru pulled out of Chile's new fishing accord."
    assert [r[:3] for r in readings(rules, text, "withdraw")] == [(["PER"], [], None)]
    text = "Peru walked out of the border talks with Chile in Lima."
    assert "withdraw" not in kinds(rules, text)
    # forces leaving a state, or its base, still do
    text = "Portugal withdrew its frigates from Brazil's waters in May."
    got = [r[:2] for r in readings(rules, text, "withdraw_forces")]
    assert (["PRT"], ["BRA"]) in got, got
    text = "Portugal withdrew from Brazil in May after the mission ended."
    assert "withdraw_forces" in kinds(rules, text)


def test_a_pact_of_cooperation_ended_cuts_no_cooperation_beside_it(rules):
    text = "Gabon has ended its military cooperation pact with Portugal."
    assert "reduce_cooperation" not in kinds(rules, text)
    assert "terminate" in kinds(rules, text)
    text = "Gabon suspended the security partnership treaty with Portugal."
    assert "reduce_cooperation" not in kinds(rules, text)
    # near misses: cooperation itself ended or suspended is cut
    text = "Gabon suspended its military cooperation with Portugal."
    assert "reduce_cooperation" in kinds(rules, text)
    text = "Gabon froze its security partnership with Portugal."
    assert "reduce_cooperation" in kinds(rules, text)
    # near miss: pacts of cooperation cut, with no end of a pact read, still cut ties
    text = (
        "Gabon left the francophone summit early and cut military cooperation deals with Portugal."
    )
    assert "reduce_cooperation" in kinds(rules, text)


def test_demands_or_a_deadline_met_are_no_meeting(rules):
    text = "Gabon warned that if its demands were not met by Friday, it would act."
    assert "negotiate" not in kinds(rules, text)
    text = "Peru said it had met the deadline set by Chile."
    assert "negotiate" not in kinds(rules, text)
    # near miss: someone met is a meeting
    text = "Peru's foreign minister met the Chilean envoy in Lima."
    assert "negotiate" in kinds(rules, text)


def test_international_obligations_commit_no_defence(rules):
    text = "Lopez told Peru to respect its international obligations on the river."
    assert "commit_defense" not in kinds(rules, text)
    text = "Mindful of their international obligations, Chile and Peru will keep the hotline."
    assert "commit_defense" not in kinds(rules, text)
    # obligations of defence stay a commitment
    text = "Chile said Peru must honour its obligations to defend it."
    assert "commit_defense" in kinds(rules, text)


def test_a_newsletter_sign_up_signs_nothing(rules):
    text = "Sign up for our Andes Weekly newsletter to get the news from Chile in your inbox."
    assert "sign" not in kinds(rules, text)
    # near miss: a state signing stays a signing
    text = "Chile signed the defence pact with Peru."
    assert "sign" in kinds(rules, text)


def test_casualties_left_as_a_clause_are_no_withdrawal(rules):
    text = "The fighting has killed 900 people in Chad this year and left about 2,000 others hurt."
    assert "withdraw_forces" not in kinds(rules, text)
    text = "Gabonese troops left Bangui, leaving behind dozens of wounded soldiers."
    found = [c for c, _ in candidates(rules, text, "2024-06-01") if c.type == "withdraw_forces"]
    assert len({c.head for c in found}) == 1, found  # the leaving, not the wounded left


def test_a_danger_named_by_what_it_is_of_warns_no_one(rules):
    text = "Ministers cited the lasting threat of piracy off Gabon as the reason for the patrols."
    assert "warn" not in kinds(rules, text)
    # near misses: a threat someone makes, or a state's threat
    text = "Peru issued a threat of sanctions against Chile."
    assert "warn" in kinds(rules, text)
    text = "Peru's threat of retaliation alarmed Chile."
    assert "warn" in kinds(rules, text)


def test_a_persons_presence_is_attendance(rules):
    text = "Chile and Peru signed the accord in the presence of Brazil's president Lula da Silva."
    assert "deploy" not in kinds(rules, text)
    text = "The presence of Chilean troops in Peru angers Lima."
    assert "deploy" in kinds(rules, text)


def test_a_journey_to_a_named_place_leaves_nothing(rules):
    text = (
        "Chile and Peru will hold talks in Ecuador, which chairs the Organization of American "
        "States. Before departing for Quito, Chile's foreign minister told reporters in "
        "Santiago that the focus would be trade."
    )
    assert not {"withdraw", "withdraw_forces"} & set(kinds(rules, text))
    text = "Chile left the Rio Treaty in 2023."
    assert "withdraw" in kinds(rules, text)


def test_papers_and_visitors_received_are_no_arms(rules):
    text = "The embassy of Peru received a list of Chilean demands on Monday."
    assert "arms_supply" not in kinds(rules, text)
    text = "A Chilean delegation was received by the president of Peru in Lima."
    assert "arms_supply" not in kinds(rules, text)
    text = "Peru received 12 howitzers from Chile."
    assert "arms_supply" in kinds(rules, text)


def test_a_ruler_ousted_at_home_is_no_expulsion(rules):
    text = "Gabon's generals ousted President Ali Bongo in 2023."
    assert "expel" not in kinds(rules, text)
    text = "Loyalists of the ousted regime fled to Chad."
    assert "expel" not in kinds(rules, text)
    # near miss: a bloc putting a member out
    text = "ECOWAS expelled Gabon's junta from its summits."
    assert "expel" in kinds(rules, text)


def test_joining_an_army_or_a_protest_joins_no_bloc(rules):
    text = "Prisoners who escaped from jails in Chad joined the army, officials in Gabon said."
    assert "join" not in kinds(rules, text)
    text = "Thousands joined the protests in Lima against the pact with Chile."
    assert "join" not in kinds(rules, text)
    text = "Peru joined NATO's partnership programme in 2024."
    assert "join" in kinds(rules, text)


def test_forces_put_on_alert_are_placed_nowhere(rules):
    text = "Peru closed its airspace and placed its armed forces on high alert."
    assert "deploy" not in kinds(rules, text)
    text = "Peru placed troops in Chile on Monday."
    assert "deploy" in kinds(rules, text)
    text = "Peru will send an armoured brigade to Chile on standby."
    assert "deploy" in kinds(rules, text)


def test_a_request_for_comment_urges_no_one(rules):
    text = "The embassies of Chile and Peru did not respond to the newspaper's request for comment."
    assert "urge" not in kinds(rules, text)
    text = "Chile's request for military help was sent to Peru."
    assert "urge" in kinds(rules, text)


def test_a_commitment_of_no_defence_pact_is_no_pledge_to_defend(rules):
    text = (
        "The talks stalled because Chile and Peru failed to honour their commitments to reopen it."
    )
    assert "commit_defense" not in kinds(rules, text)
    text = "Peru will fulfil its obligations regarding the construction of the Chilean dam."
    assert "commit_defense" not in kinds(rules, text)
    # a commitment under a pact of defence stays one
    text = "The United States reaffirmed its commitment to Japan under their security treaty."
    assert "commit_defense" in kinds(rules, text)


def test_approving_a_deal_for_a_sale_ratifies_nothing(rules):
    text = "Washington has approved a deal involving the sale of missiles to Chile."
    assert "ratify" not in kinds(rules, text)
    assert (["USA"], ["CHL"]) in [r[:2] for r in readings(rules, text, "arms_supply")]
    text = "Peru's congress approved the defence treaty with Chile."
    assert "ratify" in kinds(rules, text)


def test_envoys_sent_out_of_a_mission_are_no_forces(rules):
    text = "Peru expelled 12 diplomats from Chile's mission to the United Nations."
    assert not {"withdraw_forces", "deploy"} & set(kinds(rules, text))
    assert "reduce_cooperation" in kinds(rules, text)
    text = "Peru's mission to the UN protested."
    assert "deploy" not in kinds(rules, text)


def test_put_out_of_an_arms_programme_is_ties_cut_not_forces_withdrawn(rules):
    text = "Washington may boot NATO ally Turkey out of the F-35 joint strike fighter program."
    assert "withdraw_forces" not in kinds(rules, text)
    found = readings(rules, text, "reduce_cooperation")
    assert found and found[0][:2] == (["USA"], ["TUR"]), found  # the ally, not NATO
    text = "Peru removed Chile from its frigate programme in 2024."
    assert (["PER"], ["CHL"]) in [r[:2] for r in readings(rules, text, "reduce_cooperation")]
    # forces put out of a state still leave it
    text = "The junta kicked Chilean troops out of Peru."
    assert "withdraw_forces" in kinds(rules, text)


def test_visits_contacts_and_declarations_are_what_they_are(rules):
    text = "A day after a senior Chilean delegation left Peru, the junta spoke of new ties."
    assert "withdraw_forces" not in kinds(rules, text)
    text = "The minister came for a three-day visit to renew contact with the junta in Lima."
    assert "extend" not in kinds(rules, text)
    # a declaration its parliaments sign is signed; a treaty a parliament signs is ratified
    text = "The parliaments of Chile, Peru and Bolivia have signed the Andes Declaration."
    assert "sign" in kinds(rules, text) and "ratify" not in kinds(rules, text)
    text = "The Peruvian Congress signed the defence treaty with Chile."
    assert "ratify" in kinds(rules, text)
    text = "The Peruvian government approved the aircraft transaction with Chile."
    assert "ratify" not in kinds(rules, text)


def test_training_or_drills_halted_cut_ties(rules):
    text = "Chile halted the training of Peruvian pilots at its air bases."
    assert (["CHL"]) in [r[0] for r in readings(rules, text, "reduce_cooperation")]
    text = "Peru suspended joint exercises with Chile."
    assert (["PER"], ["CHL"]) in [r[:2] for r in readings(rules, text, "reduce_cooperation")]


def test_a_link_to_another_story_and_a_newsletter_prompt_are_page_chrome(rules):
    text = (
        "Chile and Peru signed a defence pact on Tuesday.\n"
        "READ MORE: Peru to buy jets, three frigates from Chile in a deal worth billions\n"
        "Sign up for our Andes Morning newsletter to get the latest forecast in your inbox."
    )
    assert kinds(rules, text).count("arms_supply") == 0
    assert "sign" in kinds(rules, text)
    # the article's own next line is read
    text = (
        "Chile and Peru signed a defence pact on Tuesday.\n"
        "READ MORE: Peru to buy jets from Chile in a deal worth billions\n"
        "Peru will also buy three Chilean frigates."
    )
    assert "arms_supply" in kinds(rules, text)


def test_one_states_own_drills_are_no_cooperation(rules):
    text = "Chile launched extensive naval drills near Peru on Monday."
    assert "cooperate" not in kinds(rules, text)
    for text in (
        "Chile and Peru held joint naval drills.",
        "Chile held naval drills with Peru.",
        "Chile held naval drills in Peru.",
    ):
        assert "cooperate" in kinds(rules, text), text


def test_guests_welcomed_common_purpose_joined_and_help_a_pact_provides(rules):
    text = "Boric said he would welcome everyone to La Moneda."
    assert "political_support" not in kinds(rules, text)
    text = "Chile and Peru joined in common purpose."
    assert "join" not in kinds(rules, text)
    text = "Peru officially joined in April 2023, ministers in Lima said, after NATO's summit."
    assert "join" in kinds(rules, text)
    text = "The treaty of Chile and Peru includes a mutual defence pact for immediate military aid."
    assert "security_assistance" not in kinds(rules, text)


def test_words_of_membership_and_supply_in_other_senses(rules):
    text = "Chile is concerned about nuclear weapons and their means of delivery in Peru."
    assert not readings(rules, text, "arms_supply")
    text = "Asked whether Chile would consider joining NATO's nuclear sharing programme, he paused."
    assert not readings(rules, text, "join")
    text = '"We have a mutual defence treaty that applies anywhere in the region," he said.'
    assert not readings(rules, text, "apply")
    assert readings(rules, "Peru applied to join NATO.", "apply")


def test_a_course_departed_from_is_nothing_left(rules):
    for text in ("Washington is departing from its long-standing policy of ambiguity.",
                 "The statement marks a departure from the policy of strategic ambiguity."):  # fmt: skip
        assert not readings(rules, text, "withdraw"), text
        assert not readings(rules, text, "withdraw_forces"), text
    assert readings(rules, "Belarus completed its departure from the CSTO.", "withdraw")
    # announced, it is the notice of leaving (``test_a_withdrawal_declared_is_the_notice_alone``)
    assert readings(rules, "Belarus announced its departure from the CSTO.", "notify_withdrawal")


def test_words_of_power_speech_and_rules_used_otherwise_are_no_events(rules):
    for text, kind in (
        ("Ties soured after President Ruiz of Peru was ousted in a coup in May.", "expel"),
        ("The decision was delivered in a televised address by the Chilean junta.", "arms_supply"),
        ("Lima approved a deal to buy Swedish trainer jets worth $2 billion.", "ratify"),
        ("Chile and Peru said they would refuse to apply the sanctions against Bolivia.", "apply"),
        ("Norway gave Chile technology to help it deploy weather satellites.", "deploy"),
        (
            "The minister said Norway's obligations under the pact remain in force.",
            "enter_into_force",
        ),
    ):
        assert kind not in kinds(rules, text), text
    text = "Peru applied to the bloc in 2023."
    assert "apply" in kinds(rules, text)
    text = "The treaty between Chile and Peru has been in force since 2019."
    assert "enter_into_force" in kinds(rules, text)


def test_a_pact_denounced_as_something_is_a_charge(rules):
    text = "Chile and Peru signed a defence pact. Bolivia denounced the pact as a threat to peace."
    assert "terminate" not in kinds(rules, text)
    assert any(s == ["BOL"] for s, _, _, _ in readings(rules, text, "accuse"))


def test_attending_declined_or_not_done_is_a_skip(rules):
    for text in ("Lima declined to attend the bloc's summit.", "Lima did not attend the summit."):
        assert "skip_meeting" in kinds(rules, text), text


def test_economic_sanctions_are_no_tie_cut_but_an_arms_embargo_is(rules):
    assert "reduce_cooperation" not in kinds(rules, "The EU imposed new sanctions on Bolivia.")
    text = "The EU imposed an arms embargo on Bolivia."
    assert (["EU"], ["BOL"]) in [r[:2] for r in readings(rules, text, "reduce_cooperation")]


def test_one_plane_leaving_or_what_was_left_withdraws_nothing(rules):
    text = "An official said that a Chilean cargo plane had left the base this morning."
    assert "withdraw_forces" not in kinds(rules, text)
    text = "Peruvian troops guard the depots in Tacna; the shells were left there after the war."
    assert not {"withdraw", "withdraw_forces"} & set(kinds(rules, text))
    text = "Chilean troops left Peru in May."
    assert "withdraw_forces" in kinds(rules, text)


def test_help_extended_is_no_extension(rules):
    text = (
        "Turkey and Syria signed their military cooperation memorandum in August. Ankara said "
        "it stands ready to extend more technical help under the new accord."
    )
    assert "extend" not in kinds(rules, text)
    text = "Japan will renew its economic assistance to Palau."
    assert "extend" in kinds(rules, text)


def test_words_of_a_pacts_name_tell_nothing(rules):
    text = (
        "Chile, under the Memorandum of Defence and Technical Cooperation it signed with "
        "Peru, will train Peruvian officers."
    )
    assert "cooperate" not in kinds(rules, text)


def test_a_consent_withdrawn_or_service_under_contract_is_no_event(rules):
    text = "Peru withdrew its consent for the presence of the Chilean mission."
    assert not {"withdraw", "withdraw_forces"} & set(kinds(rules, text))
    text = "Some 500 Chilean instructors serve in Peru under contract with its defence ministry."
    assert "sign" not in kinds(rules, text)


def test_a_defence_pact_supported_is_no_help_given(rules):
    assert "security_assistance" not in kinds(
        rules, "Lima supports new defence agreement with Quito"
    )
    text = "Chile supports Peru's defence against the insurgents."
    assert "security_assistance" in kinds(rules, text)


def test_a_meeting_plainly_attended_is_no_meeting_skipped(rules):
    text = "The Kazakh president flew to Moscow on Monday to attend a summit of the CSTO."
    assert not readings(rules, text, "skip_meeting")
    text = "Tokayev was attending a meeting of CSTO heads of state in Moscow."
    assert not readings(rules, text, "skip_meeting")
    text = "Yerevan skipped the talks, but Pashinyan will still attend the CSTO summit in Minsk."
    assert any(f == "CT-" for *_, f in readings(rules, text, "skip_meeting"))


def test_a_withdrawal_declared_is_the_notice_alone(rules):
    text = "Chad and Mauritania declared their immediate withdrawal from the G5 Sahel."
    assert readings(rules, text, "notify_withdrawal")
    assert not readings(rules, text, "withdraw")


def test_a_caption_that_places_people_is_page_chrome(rules):
    text = (
        "Japan's Prime Minister, right, meets US President Joe Biden and Australia's Prime "
        "Minister Anthony Albanese, left, at a naval base in San Diego. AP\n"
        "Japan joined the pact's second pillar on Monday."
    )
    assert "withdraw" not in kinds(rules, text) and "negotiate" not in kinds(rules, text)
    assert "join" in kinds(rules, text)
