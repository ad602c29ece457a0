"""The words for events on sentences of our own: ties, talks, blame said in other words."""

import pytest

from test_extraction import candidates, readings, refs
from test_reading_ties import sides


def kinds(ex, text):
    """The event types of every candidate reading, implicit arguments included."""
    return {c.type for c, _ in candidates(ex, text, "2024-06-01")}


def test_a_word_split_by_a_hyphen_is_read_as_one_word(rules):
    # "co-operation", "co-ordinate": the British spelling is the same word
    got = readings(rules, "Britain and France are co-ordinating their nuclear deterrents.",
                   "cooperate")  # fmt: skip
    assert any({"GBR", "FRA"} <= set(s) for s, _, _, _ in got), got
    got = readings(rules, "Kenya will co-operate closely with Uganda.", "cooperate")
    assert any("KEN" in s and "UGA" in o for s, o, _, _ in got), got
    got = readings(rules, "Kenya wants to deepen its co-operation with Uganda.", "cooperate")
    assert any("KEN" in s and "UGA" in o for s, o, _, _ in got), got
    # "red-flagged" is one verb, its subject the accuser
    got = readings(rules, "The United States red-flagged Ghana over the port deal.", "accuse")
    assert any("USA" in s and "GHA" in o for s, o, _, _ in got), got


def test_a_cease_fire_with_a_hyphen_is_a_ceasefire(rules):
    # American style writes "cease-fire": one word, the truce of "ceasefire"
    got = readings(rules, "India and Pakistan agreed to a cease-fire along the Line of Control.",
                   "peace_deal")  # fmt: skip
    assert any({"IND", "PAK"} <= set(s) for s, _, _, _ in got), got
    got = readings(rules, "The cease-fires between Ghana and Togo collapsed.", "peace_deal")
    assert any({"GHA", "TGO"} <= set(s) for s, _, _, _ in got), got
    # taken for an adjective before "agreement", it is still the truce, its parties the pact's
    text = "Kyiv urged Moscow to respect the cease-fire agreement it reached in 2015."
    assert readings(rules, text, "peace_deal"), candidates(rules, text)
    # words apart are no truce: "refused to cease firing"
    assert "peace_deal" not in kinds(rules, "The gunmen refused to cease firing at the convoy.")
    # a truce between two states is none of their other pacts, only one that is a truce
    text = "The cease-fire between Armenia and Azerbaijan broke down in the night."
    found = [c for c, _ in candidates(rules, text, "2025-10-01") if c.type == "peace_deal"]
    assert found and all(c.agreement is None for c in found), [c.agreement for c in found]


def test_collaboration_and_a_partnership_are_cooperation(rules):
    assert "cooperate" in kinds(
        rules, "Chile and Peru agreed a roadmap for military collaboration."
    )
    got = readings(rules, "Kenya praised the partnership with Uganda.", "cooperate")
    assert any("UGA" in o for _, o, _, _ in got), got
    got = readings(
        rules, "It opens a new era of partnership between Kenya and Uganda.", "cooperate"
    )
    assert any({"KEN", "UGA"} <= set(o) for _, o, _, _ in got), got
    # a partnership with no one named stays out
    assert "cooperate" not in kinds(rules, "Kenya praised the partnership.")


def test_operations_held_together_or_bilaterally_are_cooperation(rules):
    got = readings(rules, "Kenya and Uganda will expand bilateral operations.", "cooperate")
    assert got, got
    assert "cooperate" in kinds(
        rules, "Kenya praised its continuing operations together with Uganda."
    )


def test_forces_reaching_full_strength_are_there(rules):
    text = (
        "About 800 Kenyan soldiers serve in Somalia. The brigade will reach full strength in May."
    )
    got = [
        (c.subject, c.object)
        for c, part in candidates(rules, text, "2024-06-01")
        if c.type == "deploy" and part[c.head].lemma_ == "reach"
    ]
    assert (["KEN"], ["SOM"]) in got, got


def test_diplomacy_and_a_diplomatic_effort_are_talks(rules):
    text = "The summit crowned a diplomatic effort between Kenya and Somalia."
    assert "negotiate" in kinds(rules, text)
    text = "The deal caps months of diplomacy between Kenya and Somalia."
    assert "negotiate" in kinds(rules, text)


def test_a_joint_military_force_is_cooperation(rules):
    text = "Kenya and Uganda plan a joint military force."
    assert "cooperate" in kinds(rules, text)
    text = "Kenya and Uganda will overhaul their joint expeditionary force."
    assert "cooperate" in kinds(rules, text)


def test_a_defence_relationship_is_cooperation(rules):
    text = "Kenya hailed the defence relationship between the two countries."
    assert "cooperate" in kinds(rules, text)


def test_hyphenated_words_that_would_overlap_are_joined_once(rules):
    # "co-co-..." offers two overlapping joins; the first is kept and the text still reads
    assert "cooperate" in kinds(
        rules, "Kenya praised the co-co-operation. Kenya will co-operate with Uganda."
    )


def test_a_name_with_a_hyphenated_word_is_still_found(rules):
    # the names are split into words as the text is: "Co-operation" is one word in both
    text = "Armenia left the Organization for Security and Co-operation in Europe."
    assert ("OSCE",) in [ids for _, ids, _ in refs(rules, text)]
    text = "Guyana, officially the Co-operative Republic of Guyana, objected."
    assert ("Co-operative Republic of Guyana", ("GUY",), "state") in refs(rules, text)


def test_a_warship_or_vessel_docking_at_a_port_is_there(rules):
    got = readings(
        rules, "Cambodia allowed a Chinese survey vessel to dock at its naval base.", "deploy"
    )
    assert any("CHN" in s and "KHM" in o for s, o, _, _ in got), got
    got = readings(rules, "Two Russian warships docked in Havana on Tuesday.", "deploy")
    assert any("RUS" in s and "CUB" in o for s, o, _, _ in got), got
    # a ship of no one's is no state's deployment
    got = readings(rules, "The cargo ship docked at Rotterdam.", "deploy")
    assert not any(s for s, _, _, _ in got), got


def test_a_ministry_or_minister_of_war_is_a_name_and_no_war(rules):
    # "the Department of War", "Secretary of War": the name of an office wages no war
    assert "attack" not in kinds(
        rules, "The pact covers Department of War civilian staff in Paraguay."
    )
    assert "attack" not in kinds(rules, "Kenya hosted the US Secretary of War on Monday.")
    # a war waged or declared still is one
    assert "attack" in kinds(rules, "Russia waged a war on Ukraine.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Norway agreed to sell 12 Su-35s to Chile.", (["NOR"], ["CHL"])),
        ("Chile has decided to buy Gripens from Sweden.", (["SWE"], ["CHL"])),
        ("Spain sold Peru 30 F-18s.", (["ESP"], ["PER"])),
        ("Peru bought NASAMS from Spain.", (["ESP"], ["PER"])),
    ],
)
def test_weapons_named_by_designation_or_name_are_arms(rules, text, pair):
    assert pair in [r[:2] for r in readings(rules, text, "arms_supply")]


def test_a_group_named_like_a_designation_is_no_weapon(rules):
    assert readings(rules, "Canada sent the G-7 a proposal on Monday.", "arms_supply") == []


def test_cooperation_frozen_is_reduced(rules):
    text = "Moldova froze its military cooperation with Russia in March."
    assert (["MDA"], ["RUS"]) in [r[:2] for r in readings(rules, text, "reduce_cooperation")]


@pytest.mark.parametrize(
    ("text", "etype", "pair"),
    [
        ("Washington cleared a $2 billion weapons package for Taipei.", "arms_supply",
         (["USA"], ["TWN"])),
        ("Chad was smuggling rifles to the rebels for years.", "arms_supply", (["TCD"], [])),
        ("Canada will keep sharing intelligence with Ukraine.", "security_assistance",
         (["CAN"], ["UKR"])),
        ("Iran transferred military technology to Russia.", "security_assistance",
         (["IRN"], ["RUS"])),
        ("Lithuania stands shoulder to shoulder with Poland.", "cooperate", (["LTU"], ["POL"])),
        ("Moscow is courting closer ties with Hanoi.", "cooperate", (["RUS"], ["VNM"])),
        ("Biden held a summit with Xi Jinping in California.", "negotiate",
         (["joe-biden", "USA"], ["xi-jinping", "CHN"])),
        ("The coup drew condemnation from Nigeria.", "accuse", (["NGA"], [])),
        ("Mali declared the French presence illegal.", "accuse", (["MLI"], ["FRA"])),
        ("China has threatened to take Taiwan by force.", "attack", (["CHN"], ["TWN"])),
    ],
)  # fmt: skip
def test_common_news_wordings_of_support_ties_statements_and_force(rules, text, etype, pair):
    assert pair in [r[:2] for r in readings(rules, text, etype)]


def test_harbouring_or_backing_armed_groups_is_security_assistance(rules):
    found = [
        r[0]
        for text in (
            "Delhi accused Islamabad of sheltering terrorists near the border.",
            "Rwanda denies supporting the rebels in eastern Congo.",
        )
        for r in readings(rules, text, "security_assistance")
    ]
    assert ["PAK"] in found and ["RWA"] in found


def test_sabotage_and_combat_are_attacks(rules):
    text = "Finnish police suspect sabotage of the power line to Estonia."
    assert readings(rules, text, "attack")
    text = "Chechen units are in combat with Ukrainian forces near Kursk."
    assert any(set(s) >= {"UKR"} for s, _, _, _ in readings(rules, text, "attack"))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Brussels imposed an arms embargo on Belarus.", (["EU"], ["BLR"])),
        ("Chad has imposed a ban on flights from France.", (["TCD"], ["FRA"])),
    ],
)
def test_embargoes_and_bans_reduce_cooperation(rules, text, pair):
    assert pair in [r[:2] for r in readings(rules, text, "reduce_cooperation")]


def test_solidarity_said_with_other_words_between_is_backing(rules):
    text = "Macron expressed his country's full solidarity and support for Greece."
    found = [r[:2] for r in readings(rules, text, "political_support")]
    assert any(o == ["GRC"] and "FRA" in s for s, o in found)


@pytest.mark.parametrize(
    ("text", "etype", "pair"),
    [
        ("Armenian units opened fire yesterday on Azerbaijani positions.", "attack",
         (["ARM"], ["AZE"])),
        ("Estonian border guards returned fire.", "attack", (["EST"], [])),
        ("Two Russian jets violated Finnish airspace.", "attack", (["RUS"], ["FIN"])),
        ("Romanian fighters shot down a Russian drone.", "attack", (["ROU"], ["RUS"])),
        ("Baku has blockaded the corridor since December.", "attack", (["AZE"], [])),
        ("Tokyo summoned the Chinese ambassador on Friday.", "accuse", (["JPN"], ["CHN"])),
        ("Niger considers the American military presence illegal.", "accuse",
         (["NER"], ["USA"])),
        ("Kyiv lamented the silence of Budapest.", "accuse", (["UKR"], ["HUN"])),
        ("About 200 Russian servicemen have flown to Mali.", "deploy", (["RUS"], ["MLI"])),
        ("Minsk is sending several hundred of its troops to Russia.", "deploy",
         (["BLR"], ["RUS"])),
        ("Manila values its alliance with Washington.", "cooperate", (["PHL"], ["USA"])),
        ("Mali turned instead to Moscow for help.", "cooperate", (["MLI"], ["RUS"])),
    ],
)  # fmt: skip
def test_more_common_wordings_of_force_presence_protest_and_ties(rules, text, etype, pair):
    assert pair in [r[:2] for r in readings(rules, text, etype)]


@pytest.mark.parametrize(
    ("text", "etype", "pair"),
    [
        ("Washington approved a sale of $2 billion in F-35 jets to Warsaw.", "arms_supply",
         (["USA"], ["POL"])),
        ("Mali kicked out French troops last year.", "withdraw_forces", (["FRA"], ["MLI"])),
        ("Niger and Mali severed long-standing military ties with Paris.", "reduce_cooperation",
         (["NER", "MLI"], ["FRA"])),
        ("Nigeria shut its border with Niger.", "reduce_cooperation", (["NGA"], ["NER"])),
        ("The bloc set a one-week deadline for the junta in Niamey to step down.", "urge",
         ([], ["NER"])),
        ("Lithuania invoked Article 4 of the North Atlantic Treaty.", "urge",
         (["LTU"], ["NATO"])),
        ("Beijing fully supports the leadership of Cambodia.", "political_support",
         (["CHN"], ["KHM"])),
    ],
)  # fmt: skip
def test_sales_expulsions_ruptures_deadlines_and_backing(rules, text, etype, pair):
    found = [r[:2] for r in readings(rules, text, etype)]
    assert any(o == pair[1] and set(pair[0]) <= set(s) for s, o in found), found


def test_help_promised_if_attacked_is_a_pledge_that_stands(rules):
    text = (
        "Russia and North Korea signed a partnership treaty. Under the pact, each side would "
        "provide military aid to the other if it comes under armed attack."
    )
    found = [
        (c.factuality, c.conditional)
        for c, _ in candidates(rules, text, "2025-01-01")
        if c.type == "commit_defense" and set(c.subject) == {"RUS", "PRK"}
    ]
    assert ("CT+", False) in found


def test_a_blockade_is_force_only_where_it_is_done_or_armed(rules):
    assert readings(rules, "Baku blockaded the corridor for nine months.", "attack")
    text = "Vilnius imposed a transport blockade on the exclave."
    assert readings(rules, text, "attack") == []


@pytest.mark.parametrize(
    ("text", "etype", "pair"),
    [
        ("Israeli drones hit a power plant deep inside Lebanon.", "attack", (["ISR"], ["LBN"])),
        ("Thai artillery bombarded Cambodian outposts overnight.", "attack",
         (["THA"], ["KHM"])),
        ("Turkey runs a large military base in Somalia.", "deploy", (["TUR"], ["SOM"])),
        ("Washington is committed to the security of Japan.", "commit_defense",
         (["USA"], ["JPN"])),
        ("Pakistan and India have cemented their ties since then.", "cooperate",
         (["PAK", "IND"], ["PAK", "IND"])),
    ],
)  # fmt: skip
def test_strikes_on_plants_bases_run_abroad_and_commitments_to_security(rules, text, etype, pair):
    found = [r[:2] for r in readings(rules, text, etype)]
    assert any(set(o) == set(pair[1]) and set(pair[0]) <= set(s) for s, o in found), found


def test_fire_exchanged_is_fighting_between_both(rules):
    text = "Indian and Pakistani troops exchanged fire along the line of control."
    assert any({"IND", "PAK"} <= set(s) for s, _, _, _ in readings(rules, text, "attack"))


def test_a_membership_frozen_after_a_long_name_is_frozen(rules):
    text = "Serbia's participation in the Partnership for Peace programme of NATO remains frozen."
    assert [r[0] for r in readings(rules, text, "freeze")] == [["SRB"]]


@pytest.mark.parametrize(
    ("text", "etype", "pair"),
    [
        ("Ghana and Togo sealed a maritime security pact in Accra.", "sign",
         (["GHA", "TGO"], [])),
        ("Both sides welcomed the conclusion of a defence agreement between Chad and Niger.",
         "sign", (["TCD", "NER"], [])),
        ("Uruguay and Paraguay hope to establish closer military ties.", "cooperate",
         (["URY", "PRY"], ["URY", "PRY"])),
        ("Hanoi and Manila elevated their relations to a strategic partnership.", "cooperate",
         (["VNM", "PHL"], ["VNM", "PHL"])),
        ("Eritrean units captured the town from Ethiopian forces.", "attack",
         (["ERI"], ["ETH"])),
        ("Nine Nigerien soldiers were killed in an ambush near the border.", "attack",
         ([], ["NER"])),
    ],
)  # fmt: skip
def test_pacts_sealed_ties_established_and_ground_taken(rules, text, etype, pair):
    found = [r[:2] for r in readings(rules, text, etype)]
    assert any(set(o) == set(pair[1]) and set(pair[0]) <= set(s) for s, o in found), found


def test_airspace_closed_or_flights_banned_reduce_ties(rules):
    text = "Romania closed its airspace to Russian aircraft in 2022."
    assert [r[:2] for r in readings(rules, text, "reduce_cooperation")] == [(["ROU"], ["RUS"])]
    text = "Chad banned Sudanese cargo flights from landing at its airports."
    assert [r[:2] for r in readings(rules, text, "reduce_cooperation")] == [(["TCD"], ["SDN"])]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Dutch envoy was summoned to the Turkish foreign ministry.", (["TUR"], ["NLD"])),
        ("Ankara said that Athens' statements were unacceptable.", (["TUR"], ["GRC"])),
        ("Minsk said the Polish border closure violates international law.", (["BLR"], ["POL"])),
    ],
)
def test_an_envoy_summoned_and_deeds_called_unacceptable_or_unlawful_are_accused(rules, text, pair):
    assert pair in [r[:2] for r in readings(rules, text, "accuse")]


def test_talks_one_is_ready_to_continue_are_probable_not_held(rules):
    got = readings(rules, "Hanoi said it was prepared to resume talks with Manila.",
                   "negotiate")  # fmt: skip
    assert (["VNM"], ["PHL"]) in [r[:2] for r in got]
    assert all(f == "PR+" for _, _, _, f in got), got


def test_a_pact_pursued_a_plan_presented_or_changes_sought_are_talks(rules):
    got = readings(rules, "Manila plans to pursue a similar pact with Ottawa.", "negotiate")
    assert (["PHL"], ["CAN"]) in [r[:2] for r in got]
    got = readings(rules, "The US envoy presented the plan to Georgia's foreign minister.",
                   "negotiate")  # fmt: skip
    assert ["USA"] in [s for s, _, _, _ in got]
    got = readings(rules, "Seoul is seeking changes to the draft text.", "negotiate")
    assert ["KOR"] in [s for s, _, _, _ in got]
    # a budget presented to parliament is no talks
    assert readings(rules, "The minister presented the budget to parliament.", "negotiate") == []


@pytest.mark.parametrize(
    ("text", "backed"),
    [
        ("Beijing fully supports the Cambodian government's determination to hold elections.", "KHM"),
        ("Washington supports Seoul's position on the new round of talks.", "KOR"),
        ("Paris said it supports Rabat's initiative for the region.", "MAR"),
    ],
)  # fmt: skip
def test_supporting_a_states_position_or_resolve_is_backing_it(rules, text, backed):
    # backing for what a state decides or holds, not help to its forces
    found = readings(rules, text, "political_support")
    assert found and all(o == [backed] for _, o, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "threatened"),
    [
        ("Seoul will respond firmly to any provocation by Pyongyang.", ["PRK"]),
        ("Athens vowed it would respond resolutely to any violation by Ankara.", ["TUR"]),
        ("Hanoi will retaliate against any aggression by Beijing.", ["CHN"]),
    ],
)
def test_an_answer_promised_to_anothers_act_is_a_warning_to_it(rules, text, threatened):
    # whose act would be answered is who is warned
    found = readings(rules, text, "warn")
    assert any(o == threatened for _, o, _, _ in found), found


def test_a_pact_announced_is_a_pact_made(rules):
    found = readings(rules, "Vietnam's defence ministry announced the new security pact with Laos.",
                     "sign")  # fmt: skip
    assert any({"VNM", "LAO"} <= set(s) for s, _, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "talker"),
    [
        ("Chile and Peru discussed the revised text of their border accord on Monday.", "CHL"),
        ("Nigeria hopes to bring Mali's junta to the dialogue table.", None),  # who: a guess
        ("Norway is leading a new effort to secure a truce between Sudan and Chad.", "NOR"),
    ],
)
def test_talks_said_in_other_words_are_negotiation(rules, text, talker):
    found = readings(rules, text, "negotiate")
    assert found and (talker is None or any(talker in s for s, _, _, _ in found)), found


def test_arms_given_with_a_long_recipient_and_a_long_amount_are_a_supply(rules):
    text = (
        "Japan has also provided the Sri Lanka Navy Coast Guard with $3.1 million worth of "
        "patrol equipment."
    )
    found = readings(rules, text, "arms_supply")
    assert any(s == ["JPN"] and o == ["LKA"] for s, o, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "etype", "subject", "obj"),
    [
        ("Since Friday the border treaty between Chile and Peru is legally in force.",
         "enter_into_force", "CHL", None),
        ("Vietnam suspended naval talks with China after the collision.",
         "reduce_cooperation", "VNM", "CHN"),
        ("Japan will fund the recruitment and training of Palau's coast guard.",
         "security_assistance", "JPN", None),
        ("Nairobi considers the deal a breach of its sovereignty.", "accuse", "KEN", None),
        ("Polish howitzers arrive in Ukraine", "arms_supply", "POL", None),
    ],
)  # fmt: skip
def test_events_said_in_everyday_words(rules, text, etype, subject, obj):
    found = readings(rules, text, etype)
    assert any(subject in s and (obj is None or obj in o) for s, o, _, _ in found), found
    if etype == "reduce_cooperation":  # talks suspended are no talks held
        assert readings(rules, text, "negotiate") == []


def test_signing_a_ratification_is_ratifying(rules):
    found = readings(rules, "Tokayev signed the ratification document on Friday.", "ratify")
    assert any("KAZ" in s for s, _, _, _ in found), found
    assert readings(rules, "Tokayev signed the ratification document on Friday.", "sign") == []


def test_the_countries_after_a_pair_are_the_pair(rules):
    text = "Chile and Peru signed a border treaty in May. It was then approved by the countries' legislatures."
    found = refs(rules, text)
    assert ("the countries", ("CHL", "PER")) in [(t, tuple(sorted(i))) for t, i, _ in found]


def test_a_word_two_patterns_read_is_one_event(rules):
    # "suspend its membership" matches the suspension pattern and the freeze-or-suspension
    # one: a suspension, not a freeze beside it
    text = "Kyrgyzstan asked to suspend its membership in the CSTO last year."
    assert readings(rules, text, "suspend")
    assert readings(rules, text, "freeze") == []


def test_joining_a_body_the_knowledge_base_does_not_know_is_no_known_agreement(rules):
    # not the article's agreement: the text names another body
    text = "Finland joined NATO in 2023. Finland also intends to join the Pacific Coalition Against Piracy."
    found = [
        c.agreement
        for c, _ in candidates(rules, text, "2024-06-01")
        if c.type == "join" and c.factuality == "PR+"
    ]
    assert found and all(a is None for a in found), found


def test_british_spellings_of_nouns_are_the_same_words(rules):
    text = "Oslo opened new bases. Moscow said it would respond to the militarisation of Norway."
    found = readings(rules, text, "warn")
    assert any("RUS" in s for s, _, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # a signing that still awaits ratification is a signing
        ("Kazakhstan and Kyrgyzstan signed the treaty, which still awaits ratification.", "sign"),
        # an initiative launched at a summit is no attack
        ("The president launched the initiative at the summit in Nairobi.", "!attack"),
        # a withdrawal announced is no pact made
        ("Moscow announced its withdrawal from the pact.", "!sign"),
        # a report considered is no breach alleged
        ("Ghana considered the report on the alleged violation of the ceasefire.", "!accuse"),
    ],
)
def test_near_misses_of_the_new_words(rules, text, etype):
    if etype.startswith("!"):
        assert readings(rules, text, etype[1:]) == []
    else:
        assert readings(rules, text, etype), text


def test_an_effort_someone_else_makes_is_theirs(rules):
    found = readings(
        rules, "Washington backed a Turkish effort to broker a ceasefire.", "negotiate"
    )
    assert found and all("USA" not in s for s, _, _, _ in found), found


def test_forces_supported_by_others_in_what_they_do_are_given_security_assistance(rules):
    got = sides(rules, "Chadian troops, supported by French jets, retook the town.",
                   "security_assistance")  # fmt: skip
    assert (["FRA"], ["TCD"]) in got, got
    # a candidate backed by a state is backed in words, not armed; forces backed by a thing,
    # or by a thing of a state's, are helped by no one in arms; a plan backed is no force
    for text in (
        "The candidate, backed by Moscow, won the vote.",
        "Serbian troops, backed by Russia's veto, stayed out of Kosovo.",
        "Russian troops, backed by heavy artillery, advanced on the town.",
        "A plan to send European troops to Ukraine, backed by France, was rejected by Germany.",
        "Moldova, aided by Romania, reconnected its power grid to the European network.",
        "Chilean peacekeepers, backed by the UN Security Council, stayed in Haiti.",
    ):
        assert not sides(rules, text, "security_assistance"), text


def test_a_perfect_with_by_is_active(rules):
    # "by drone", "by rail" after a perfect are the means, not an agent of a passive
    got = readings(rules, "Ukraine said Russia has attacked its power grid by drone.", "attack")
    assert any(s == ["RUS"] for s, *_ in got), got
    got = readings(rules, "Russia has deployed troops to Belarus by rail.", "deploy")
    assert any(s == ["RUS"] for s, *_ in got), got


@pytest.mark.parametrize(
    ("text", "etype", "subject", "object_"),
    [
        # a judgement that blames: "calling it unjustified", "branded ... provocative"
        ("Seoul branded Pyongyang's launch provocative and reckless.", "accuse", "KOR", "PRK"),
        # an envoy summoned, the title with its accent and a long apposition
        (
            "Ghana's chargé d'affaires in Togo, a veteran diplomat, was summoned to the Togolese "
            "foreign ministry.",
            "accuse",
            "TGO",
            "GHA",
        ),
        # talks proposed; the progress of talks; talks held
        ("Kenya proposed a ceasefire to Somalia.", "urge", "KEN", None),
        ("Serbia and Kosovo made progress towards a settlement.", "negotiate", "SRB", None),
        ("Talks between Chile and Peru were held in Lima.", "negotiate", "CHL", None),
        # a door opened, a signal of backing, support for a right
        (
            "Several allies were reluctant to open the door to Ukraine.",
            "political_support",
            None,
            "UKR",
        ),
        (
            "Dozens of states voiced support for Armenia's right to self-defence.",
            "political_support",
            None,
            "ARM",
        ),
        # a drill named before its verb (held with others: one state's own drills are no
        # cooperation, test_reading_precision.py)
        (
            "Peru welcomed the joint exercises that Chile will hold next month.",
            "cooperate",
            "CHL",
            None,
        ),
    ],
)
def test_more_words_for_blame_talks_requests_backing_and_drills(
    rules, text, etype, subject, object_
):
    found = readings(rules, text, etype)
    assert found, text
    assert any(
        (subject is None or subject in s) and (object_ is None or object_ in o)
        for s, o, _, _ in found
    ), found


def test_near_misses_of_those_words_name_no_one(rules):
    for text, etype in (
        ("The storm pushed out the fishing boats.", "urge"),
        ("The museum will open the door to visitors.", "political_support"),
        ("He called the weather dangerous.", "accuse"),
        ("The economy made progress towards its target.", "negotiate"),
        # a panel about a bloc is no talks with it
        ("A panel discussion about NATO's future was held at a think tank.", "negotiate"),
    ):
        found = readings(rules, text, etype)
        assert all(not s and not o for s, o, _, _ in found), (text, found)


def test_a_bare_name_two_states_share_is_the_one_the_news_means(rules):
    names = lambda text: [ids for _, ids, kind in refs(rules, text) if kind == "state"]  # noqa: E731
    assert ("COD",) in names("Congo and Uganda agreed to a joint operation against the ADF.")
    assert ("COD",) in names("Congolese troops retook the town from the rebels.")
    # not where the document names the other one, nor "the Republic of Congo", nor a river
    text = "Brazzaville said on Monday that Congo would send observers."
    assert ("COD",) not in names(text)
    assert ("COG",) in names("The Republic of Congo signed a defence pact with France.")
    assert names("Barges sail up the Congo River to Kisangani.") == []


def test_aid_given_in_a_measure_of_it_goes_to_whom_the_verb_gives_it(rules):
    for text in (
        "Canberra has supplied Port Moresby with a package of military assistance.",
        "Australia provides Papua New Guinea with 50 million dollars in military aid.",
    ):
        found = readings(rules, text, "security_assistance")
        assert (["AUS"], ["PNG"]) in [f[:2] for f in found], (text, found)


def test_who_places_an_order_for_arms_buys_them_from_their_maker(rules):
    text = "Armenia placed an order for Indian howitzers last year."
    assert (["IND"], ["ARM"]) in [f[:2] for f in readings(rules, text, "arms_supply")]


def test_an_order_of_a_court_buys_no_arms(rules):
    text = "The court issued an order for Russian weapons seized in Finland to be returned."
    assert not [f for f in readings(rules, text, "arms_supply") if f[0] and f[1]]


def test_a_fleet_of_another_states_arms_was_supplied_by_it(rules):
    text = "Egypt will upgrade its fleet of American Apache helicopters and French Rafale jets."
    found = [(s, o) for s, o, _, _ in readings(rules, text, "arms_supply")]
    assert (["USA"], ["EGY"]) in found and (["FRA"], ["EGY"]) in found
    text = "India's arsenal of nuclear missiles keeps growing."
    assert readings(rules, text, "arms_supply") == []


def test_help_to_a_states_armed_forces_is_military_help(rules):
    text = "Moscow has offered to back the Malian armed forces."
    assert any(
        s == ["RUS"] and o == ["MLI"] for s, o, _, _ in readings(rules, text, "security_assistance")
    )
    text = "Ankara will equip the Libyan navy."
    assert (["TUR"], ["LBY"]) in [(s, o) for s, o, _, _ in readings(rules, text, "arms_supply")]
    text = "Kenya works to modernize its armed forces."
    assert readings(rules, text, "security_assistance") == []


def test_equipping_ones_own_army_is_no_supply_by_oneself(rules):
    text = "Poland will rearm its army quickly."
    assert all(s != ["POL"] for s, _, _, _ in readings(rules, text, "arms_supply"))


def test_the_alliance_russia_leads_is_the_csto(rules):
    found = refs(rules, "Kyrgyzstan hosted the summit of the Russian-led alliance in June.")
    assert any(ids == ("CSTO",) for _, ids, _ in found), found
    found = refs(rules, "Tajikistan asked the Russia-led security alliance for help.")
    assert any(ids == ("CSTO",) for _, ids, _ in found), found
    found = refs(rules, "Russian-led peacekeepers patrolled the valley in Tajikistan.")
    assert all(ids != ("CSTO",) for _, ids, _ in found), found


def test_resupplying_another_states_army_is_arms_supply(rules):
    text = "Britain resupplied the Estonian army over the winter."
    assert (["GBR"], ["EST"]) in [(s, o) for s, o, _, _ in readings(rules, text, "arms_supply")]
    text = "Allied plans to resupply the Moldovan military have stalled."
    assert any(o == ["MDA"] for _, o, _, _ in readings(rules, text, "arms_supply"))


def test_resupplying_ones_own_army_or_a_base_with_food_is_no_supply(rules):
    text = "Poland will resupply its army with new tanks."
    assert all(s != ["POL"] for s, _, _, _ in readings(rules, text, "arms_supply"))
    text = "A Chilean ship resupplied the Antarctic station with food."


def test_the_provision_of_arms_is_supply(rules):
    text = "Brazil's provision of artillery shells to Chile began in May."
    assert any(s == ["BRA"] for s, _, _, _ in readings(rules, text, "arms_supply"))
    # a provision of a treaty, or a provision of other things, supplies no arms
    text = "A provision of the accord between Chile and Norway concerns nuclear weapons."
    assert readings(rules, text, "arms_supply") == []
    text = "Norway funds the provision of food and medicine to Chile."
    assert readings(rules, text, "arms_supply") == []
    # who blocks or delays a supply is none of its recipients, not even as a guess
    for text in (
        "Brazil's provision of howitzers is still held up by Chile.",
        "Brazil's delivery of tanks was blocked by Chile in March.",
        "Brazil's provision of howitzers remains held up by Macron.",
    ):
        found = [c for c, _ in candidates(rules, text) if c.type == "arms_supply"]
        assert found and all(c.object == [] for c in found), text
    # an offensive halted by its target happened: "halt" negates nothing (a supply halted
    # stays a known gap, as one stopped)
    text = "Chilean forces halted the Peruvian offensive near Arica."
    found = readings(rules, text, "attack")
    assert found and all(f == "CT+" for _, _, _, f in found), found


def test_arms_bought_for_another_state_are_supplied_to_it(rules):
    # who buys arms for another state supplies them to it; it buys nothing itself
    for text in ("Chile will purchase howitzers for Peru.", "Chile will help buy shells for Peru."):
        pairs = [(s, o) for s, o, _, _ in readings(rules, text, "arms_supply")]
        assert (["CHL"], ["PER"]) in pairs and all(o != ["CHL"] for _, o in pairs), (text, pairs)
    # arms bought for one's own forces, or from a seller, are bought by the buyer
    text = "Chile bought howitzers from Peru for its army."
    assert (["PER"], ["CHL"]) in [(s, o) for s, o, _, _ in readings(rules, text, "arms_supply")]


def test_arms_in_the_hands_of_forces_sent_are_the_senders(rules):
    text = "Chile deployed units equipped with German-supplied tanks."
    assert any(o == ["CHL"] for _, o, _, _ in readings(rules, text, "arms_supply"))
    # forces someone fights are not the fighter's
    text = "Chile attacked units equipped with German-supplied tanks."
    assert all(o != ["CHL"] for _, o, _, _ in readings(rules, text, "arms_supply"))


def test_arms_given_as_a_sum_in_them(rules):
    text = "Turkey provided Kenya with $90 million in drones between 2021 and 2024."
    found = readings(rules, text, "arms_supply")
    assert (["TUR"], ["KEN"]) in [(s, o) for s, o, _, _ in found], found


def test_arming_a_side_is_arms_supplied(rules):
    # "armed" is kept as written ("armed forces"), so the verb is named in its own form
    text = "Iran has armed Hezbollah for decades."
    assert (["IRN"], ["hezbollah"]) in [r[:2] for r in readings(rules, text, "arms_supply")]
    assert readings(rules, "The armed forces of Chad held a parade.", "arms_supply") == []


def test_police_or_military_training_given_is_assistance_and_no_arms(rules):
    text = "Australia has expanded its police training in Fiji."
    assert ["AUS"] in [r[0] for r in readings(rules, text, "security_assistance")]
    text = "Somalia's army received military training from Turkish officers."
    assert (["TUR"], ["SOM"]) in [r[:2] for r in readings(rules, text, "security_assistance")]
    assert readings(rules, text, "arms_supply") == []


def test_indo_before_a_second_side_is_india(rules):
    text = "The visit will deepen Indo-French cooperation in the Indian Ocean."
    assert (["FRA", "IND"], ["FRA", "IND"]) in [
        (sorted(s), sorted(o)) for s, o, *_ in readings(rules, text, "cooperate")
    ]
    assert ("IND",) not in [ids for _, ids, _ in refs(rules, "Japan's Indo-Pacific strategy.")]


def test_the_delivery_of_a_named_system_is_supplied_by_its_maker(rules):
    text = "The delivery of the S-400 Triumf squadrons will begin in the spring."
    assert ["RUS"] in [r[0] for r in readings(rules, text, "arms_supply")]


def test_arms_among_troops_sent_are_arms_supplied(rules):
    text = "Iran may continue to supply troops, drones and missiles to the Houthis."
    assert ["IRN"] in [r[0] for r in readings(rules, text, "arms_supply")]


def test_arms_sold_named_by_their_kind_or_type(rules):
    # the kind of arms or a type designation before "sale": "F-16" is tagged as a number
    text = "Washington's drone sales to Warsaw have grown fast."
    assert (["USA"], ["POL"]) in [r[:2] for r in readings(rules, text, "arms_supply")]
    text = "US F-35 sales to Greece were cleared by Congress."
    assert (["USA"], ["GRC"]) in [r[:2] for r in readings(rules, text, "arms_supply")]
    assert readings(rules, "Car sales to Kenya rose last year.", "arms_supply") == []


def test_arms_built_by_a_maker_in_an_owners_hands(rules):
    text = "Egypt's Rafale jets, built by Dassault, flew over the parade."
    assert any("FRA" in s and o == ["EGY"] for s, o, _, _ in readings(rules, text, "arms_supply"))
    # no owner named: no one the maker supplied
    text = "The howitzer, a weapon made by a French firm, is used widely."
    assert readings(rules, text, "arms_supply") == []


def test_a_fighter_relied_on_to_fight_helps_the_one_relying(rules):
    text = "Chad relied on Wagner to fight the rebels in the north."
    found = readings(rules, text, "security_assistance")
    assert any("wagner-group" in s and o == ["TCD"] for s, o, _, _ in found), found
    # arms leant on are arms, not help in the field
    text = "The junta depends on Turkish drones to defend the capital."
    assert readings(rules, text, "security_assistance") == []


def test_military_technology_shared_is_assistance(rules):
    text = "Beijing is sharing drone technology with Islamabad."
    found = readings(rules, text, "security_assistance")
    assert (["CHN"], ["PAK"]) in [r[:2] for r in found], found
    assert readings(rules, "Oslo shares green technology with Hanoi.", "security_assistance") == []


def test_a_contract_for_named_arms_or_arms_flown_to_a_state_are_supplied(rules):
    text = "Manila signed a contract for 32 American F-16 Block 70 jets."
    assert (["USA"], ["PHL"]) in [r[:2] for r in readings(rules, text, "arms_supply")]
    text = "Ankara flew rifles and ammunition to Tripoli on Sunday."
    assert (["TUR"], ["LBY"]) in [r[:2] for r in readings(rules, text, "arms_supply")]
    # arms one flies over one's own capital are no one's supply
    assert readings(rules, "The air force flies its F-16 jets over Ankara.", "arms_supply") == []
