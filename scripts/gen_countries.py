"""Generate the country gazetteer and the demonym tables from CLDR (babel) plus our own tables.

Writes:
  src/cronaca/lang/common/countries.yaml  one entry per territory: ISO3 code, English canonical name,
                                          names in Italian and English (CLDR + our variants), capital
  src/cronaca/lang/it/demonyms.yaml       form -> ISO3 (every gender and number)
  src/cronaca/lang/en/demonyms.yaml       form -> ISO3

Run: python scripts/gen_countries.py   (needs babel; the output is committed, babel is not needed at run time)

ISO2 -> ISO3 comes from CLDR's territory aliases (babel's `territory_aliases`, where each alpha-3 code is
an alias of its alpha-2 code). Variants, capitals and demonym stems are our own data, below.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from babel import Locale
from babel.core import get_global

ROOT = Path(__file__).resolve().parents[1]
LANG = ROOT / "src" / "cronaca" / "lang"

# Extra names per ISO3: (italian variants, english variants). CLDR gives one name per language.
VARIANTS: dict[str, tuple[list[str], list[str]]] = {
    "USA": (["Stati Uniti d'America", "Stati Uniti", "USA", "Usa", "America", "U.S.A."],
            ["United States of America", "United States", "USA", "US", "U.S.", "America"]),
    "GBR": (["Gran Bretagna", "Inghilterra", "UK"], ["Great Britain", "Britain", "UK", "U.K."]),
    "RUS": (["Federazione Russa", "Federazione russa"], ["Russian Federation"]),
    "PRK": (["Corea del Nord"], ["North Korea"]),
    "KOR": (["Corea del Sud"], ["South Korea"]),
    "CHN": (["Repubblica Popolare Cinese", "Repubblica popolare cinese"], ["People's Republic of China", "PRC"]),
    "TWN": ([], []),
    "COD": (["Repubblica Democratica del Congo", "RDC", "Congo-Kinshasa", "Congo"], ["Democratic Republic of the Congo", "DRC", "DR Congo",
            # bare "Congo" in English wire copy is the DRC; the other Congo is named "Republic of Congo"
            "Democratic Republic of Congo", "Congo-Kinshasa", "Congo"]),
    "COG": (["Congo-Brazzaville"], ["Republic of the Congo", "Republic of Congo", "Congo-Brazzaville"]),
    "PSE": (["Palestina", "Striscia di Gaza", "Gaza", "Cisgiordania"], ["Palestine", "Gaza Strip", "Gaza", "West Bank"]),
    "CZE": (["Repubblica Ceca"], ["Czech Republic"]),
    "NLD": (["Olanda"], ["Holland"]),
    "MMR": (["Birmania", "Myanmar"], ["Burma"]),
    "MYS": (["Malesia"], []),
    "KHM": (["Cambogia"], []),
    "SVK": (["Slovacchia"], []),
    "CIV": (["Costa d'Avorio"], ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"]),
    "TLS": ([], ["East Timor"]),
    "SWZ": ([], ["Swaziland"]),
    "GMB": ([], ["The Gambia"]),
    "CPV": ([], ["Cabo Verde"]),
    "VNM": ([], ["Viet Nam"]),
    "VAT": (["Vaticano", "Santa Sede"], ["Vatican", "Holy See"]),
    "IRN": (["Persia"], []),
    "BIH": (["Bosnia"], ["Bosnia"]),
    "MKD": (["Macedonia"], ["Macedonia"]),
    "ARE": (["Emirati", "Emirati Arabi"], ["UAE", "Emirates"]),
    "SAU": (["Arabia"], ["Saudi"]),
    "TUR": (["Turchia"], ["Turkey", "Türkiye", "Turkiye"]),
    "HKG": (["Hong Kong"], ["Hong Kong"]),
    "KAZ": (["Kazakistan"], ["Kazakhstan"]),
    # the country's own name is common in Italian news next to CLDR's "Moldavia"
    "MDA": (["Moldova", "Repubblica di Moldova"], ["Moldova", "Republic of Moldova"]),
}

# Capitals (and seats named by their city) as metonyms: ISO3 -> (English name, Italian forms, English forms)
CAPITALS: dict[str, tuple[str, list[str], list[str]]] = {
    "RUS": ("Moscow", ["Mosca"], ["Moscow"]),
    "CHN": ("Beijing", ["Pechino"], ["Beijing", "Peking"]),
    "USA": ("Washington", ["Washington"], ["Washington"]),
    "UKR": ("Kyiv", ["Kiev", "Kyiv"], ["Kyiv", "Kiev"]),
    "GBR": ("London", ["Londra"], ["London"]),
    "FRA": ("Paris", ["Parigi"], ["Paris"]),
    "DEU": ("Berlin", ["Berlino"], ["Berlin"]),
    "ITA": ("Rome", ["Roma"], ["Rome"]),
    "ESP": ("Madrid", ["Madrid"], ["Madrid"]),
    "JPN": ("Tokyo", ["Tokyo", "Tokio"], ["Tokyo"]),
    "IRN": ("Tehran", ["Teheran"], ["Tehran"]),
    "ISR": ("Jerusalem", ["Gerusalemme"], ["Jerusalem"]),
    "TUR": ("Ankara", ["Ankara"], ["Ankara"]),
    "IND": ("New Delhi", ["Nuova Delhi", "New Delhi"], ["New Delhi"]),
    "PRK": ("Pyongyang", ["Pyongyang"], ["Pyongyang"]),
    "KOR": ("Seoul", ["Seul", "Seoul"], ["Seoul"]),
    "BLR": ("Minsk", ["Minsk"], ["Minsk"]),
    "POL": ("Warsaw", ["Varsavia"], ["Warsaw"]),
    "SYR": ("Damascus", ["Damasco"], ["Damascus"]),
    "EGY": ("Cairo", ["Il Cairo", "Cairo"], ["Cairo"]),
    "SAU": ("Riyadh", ["Riad", "Riyadh"], ["Riyadh"]),
    "AFG": ("Kabul", ["Kabul"], ["Kabul"]),
    "IRQ": ("Baghdad", ["Baghdad"], ["Baghdad"]),
    "LBY": ("Tripoli", ["Tripoli"], ["Tripoli"]),
    "TWN": ("Taipei", ["Taipei"], ["Taipei"]),
    "HUN": ("Budapest", ["Budapest"], ["Budapest"]),
    "AUT": ("Vienna", ["Vienna"], ["Vienna"]),
    "GRC": ("Athens", ["Atene"], ["Athens"]),
    "CAN": ("Ottawa", ["Ottawa"], ["Ottawa"]),
    "AUS": ("Canberra", ["Canberra"], ["Canberra"]),
    "BRA": ("Brasilia", ["Brasilia"], ["Brasilia"]),
    "PAK": ("Islamabad", ["Islamabad"], ["Islamabad"]),
    "VEN": ("Caracas", ["Caracas"], ["Caracas"]),
    "CUB": ("Havana", ["L'Avana", "Avana"], ["Havana"]),
}

# Demonym stems. Italian classes: "o" -> o/a/i/e (russo, russa, russi, russe); "e" -> e/i (cinese, cinesi);
# "a" -> a/i/e (belga: belga, belgi, belghe is irregular: listed in IT_EXTRA). English forms are listed.
DEMONYMS: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "RUS": ([("russ", "o")], ["Russian", "Russians"]),
    "CHN": ([("cines", "e")], ["Chinese"]),
    "USA": ([("statunitens", "e"), ("american", "o")], ["American", "Americans"]),
    "GBR": ([("britannic", "o"), ("ingles", "e")], ["British", "Briton", "Britons", "English"]),
    "FRA": ([("frances", "e")], ["French"]),
    "DEU": ([("tedesc", "o")], ["German", "Germans"]),
    "ITA": ([("italian", "o")], ["Italian", "Italians"]),
    "UKR": ([("ucrain", "o")], ["Ukrainian", "Ukrainians"]),
    "ESP": ([("spagnol", "o")], ["Spanish", "Spaniard", "Spaniards"]),
    "JPN": ([("giappones", "e"), ("nipponic", "o")], ["Japanese"]),
    "IND": ([("indian", "o")], ["Indian", "Indians"]),
    "IRN": ([("iranian", "o")], ["Iranian", "Iranians"]),
    "IRQ": ([("irachen", "o")], ["Iraqi", "Iraqis"]),
    "ISR": ([("israelian", "o")], ["Israeli", "Israelis"]),
    "PSE": ([("palestines", "e")], ["Palestinian", "Palestinians"]),
    "TUR": ([("turc", "o")], ["Turkish", "Turk", "Turks"]),
    "SYR": ([("sirian", "o")], ["Syrian", "Syrians"]),
    "EGY": ([("egizian", "o")], ["Egyptian", "Egyptians"]),
    "SAU": ([("saudit", "a")], ["Saudi", "Saudis"]),
    "AFG": ([("afghan", "o")], ["Afghan", "Afghans"]),
    "PAK": ([("pakistan", "o")], ["Pakistani", "Pakistanis"]),
    "PRK": ([("nordcorean", "o")], ["North Korean", "North Koreans"]),
    "KOR": ([("sudcorean", "o")], ["South Korean", "South Koreans"]),
    "TWN": ([("taiwanes", "e")], ["Taiwanese"]),
    "POL": ([("polacc", "o")], ["Polish", "Pole", "Poles"]),
    "BLR": ([("bielorusso", "x"), ("bielorussa", "x"), ("bielorussi", "x"), ("bielorusse", "x")], ["Belarusian", "Belarusians"]),
    "AUS": ([("australian", "o")], ["Australian", "Australians"]),
    "CAN": ([("canades", "e")], ["Canadian", "Canadians"]),
    "BRA": ([("brasilian", "o")], ["Brazilian", "Brazilians"]),
    "MEX": ([("messican", "o")], ["Mexican", "Mexicans"]),
    "ARG": ([("argentin", "o")], ["Argentine", "Argentinian", "Argentinians"]),
    "GRC": ([("grec", "o")], ["Greek", "Greeks"]),
    "AUT": ([("austriac", "o")], ["Austrian", "Austrians"]),
    "CHE": ([("svizzer", "o")], ["Swiss"]),
    "NLD": ([("olandes", "e")], ["Dutch"]),
    "BEL": ([("belga", "x"), ("belgi", "x"), ("belghe", "x")], ["Belgian", "Belgians"]),
    "SWE": ([("svedes", "e")], ["Swedish", "Swede", "Swedes"]),
    "NOR": ([("norveges", "e")], ["Norwegian", "Norwegians"]),
    "FIN": ([("finlandes", "e")], ["Finnish", "Finn", "Finns"]),
    "DNK": ([("danes", "e")], ["Danish", "Dane", "Danes"]),
    "PRT": ([("portoghes", "e")], ["Portuguese"]),
    "HUN": ([("ungheres", "e")], ["Hungarian", "Hungarians"]),
    "ROU": ([("rumen", "o"), ("romen", "o")], ["Romanian", "Romanians"]),
    "SRB": ([("serb", "o")], ["Serbian", "Serb", "Serbs"]),
    "HRV": ([("croat", "o")], ["Croatian", "Croat", "Croats"]),
    "CZE": ([("cec", "o")], ["Czech", "Czechs"]),
    "LBY": ([("libic", "o")], ["Libyan", "Libyans"]),
    "LBN": ([("libanes", "e")], ["Lebanese"]),
    "JOR": ([("giordan", "o")], ["Jordanian", "Jordanians"]),
    "QAT": ([("qatarin", "o")], ["Qatari", "Qataris"]),
    "ARE": ([("emiratin", "o")], ["Emirati", "Emiratis"]),
    "YEM": ([("yemenit", "a")], ["Yemeni", "Yemenis"]),
    "VEN": ([("venezuelan", "o")], ["Venezuelan", "Venezuelans"]),
    "CUB": ([("cuban", "o")], ["Cuban", "Cubans"]),
    "NGA": ([("nigerian", "o")], ["Nigerian", "Nigerians"]),
    "ZAF": ([("sudafrican", "o")], ["South African", "South Africans"]),
    "ETH": ([("etiop", "e")], ["Ethiopian", "Ethiopians"]),
    "SOM": ([("somal", "o")], ["Somali", "Somalis"]),
    "SDN": ([("sudanes", "e")], ["Sudanese"]),
    "MAR": ([("marocchin", "o")], ["Moroccan", "Moroccans"]),
    "TUN": ([("tunisin", "o")], ["Tunisian", "Tunisians"]),
    "DZA": ([("algerin", "o")], ["Algerian", "Algerians"]),
    "KAZ": ([("kazak", "o")], ["Kazakh", "Kazakhs"]),
    "GEO": ([("georgian", "o")], ["Georgian", "Georgians"]),
    "ARM": ([("armen", "o")], ["Armenian", "Armenians"]),
    "AZE": ([("azer", "o"), ("azerbaigian", "o")], ["Azerbaijani", "Azerbaijanis"]),
    "VNM": ([("vietnamit", "a")], ["Vietnamese"]),
    "THA": ([("thailandes", "e")], ["Thai"]),
    "IDN": ([("indonesian", "o")], ["Indonesian", "Indonesians"]),
    "PHL": ([("filippin", "o")], ["Filipino", "Filipinos", "Philippine"]),
    "MMR": ([("birman", "o")], ["Burmese"]),
    "IRL": ([("irlandes", "e")], ["Irish"]),
    "EST": ([("eston", "e")], ["Estonian", "Estonians"]),
    "LVA": ([("letton", "e")], ["Latvian", "Latvians"]),
    "LTU": ([("lituan", "o")], ["Lithuanian", "Lithuanians"]),
    "MDA": ([("moldav", "o")], ["Moldovan", "Moldovans"]),
    "VAT": ([("vatican", "o")], ["Vatican"]),
    "CHL": ([("cilen", "o")], ["Chilean", "Chileans"]),
    "COL": ([("colombian", "o")], ["Colombian", "Colombians"]),
    "NZL": ([("neozelandes", "e")], ["New Zealander", "New Zealanders"]),
}

# English canonical names where CLDR's differs from the name news and conventions.md use.
CANONICAL: dict[str, str] = {"TUR": "Turkey", "PSE": "Palestine", "CZE": "Czech Republic", "MMR": "Myanmar",
                             "CIV": "Ivory Coast", "COD": "DR Congo", "COG": "Republic of the Congo",
                             "HKG": "Hong Kong", "MAC": "Macau", "FSM": "Micronesia"}

ENDINGS = {"o": ("o", "a", "i", "e"), "e": ("e", "i"), "a": ("a", "i", "e"), "x": ("",)}


def it_forms(stem: str, cls: str) -> list[str]:
    """Every gender and number of an Italian demonym. After c/g the feminine plural keeps the hard
    sound (turca -> turche, belga -> belghe) and the masculine plural varies by word (greco -> greci,
    turco -> turchi, tedesco -> tedeschi): both masculine forms are listed, the wrong one never occurs
    in text."""
    ends = list(ENDINGS[cls])
    if stem[-1:] in ("c", "g") and cls in ("o", "a"):
        ends = [("he" if e == "e" else e) for e in ends] + (["hi"] if cls == "o" else [])
    return [stem + e for e in ends]


# Deprecated alpha-3 codes that CLDR also lists as aliases of a current alpha-2 code.
DEPRECATED_ALPHA3 = {"BUR", "ZAR", "DDR", "FXX", "TMP", "YMD"}


# CLDR's user-assigned code for Kosovo is XKK; the World Bank, the IMF and the EU use XKX, and so do
# annotators who reach for a code without a table.
ALPHA3_OVERRIDES = {"XK": "XKX"}


def iso3_table() -> dict[str, str]:
    out: dict[str, str] = dict(ALPHA3_OVERRIDES)
    for alias, targets in get_global("territory_aliases").items():
        if alias in DEPRECATED_ALPHA3:
            continue
        if len(alias) == 3 and alias.isalpha() and len(targets) == 1 and len(targets[0]) == 2:
            out.setdefault(targets[0], alias)
    return out


def main() -> None:
    iso3 = iso3_table()
    it_names, en_names = Locale("it").territories, Locale("en").territories
    countries = []
    for iso2, en in sorted(en_names.items()):
        if not (iso2.isalpha() and len(iso2) == 2) or iso2 not in iso3 or iso2 in {"ZZ", "EU", "EZ", "UN", "QO"}:
            continue
        code = iso3[iso2]
        en = CANONICAL.get(code, en)
        it_var, en_var = VARIANTS.get(code, ([], []))
        it_name = it_names.get(iso2, en)
        it_list = _uniq([it_name] + _paren_parts(it_name) + it_var)
        en_list = _uniq([en, en_names[iso2]] + en_var + _spelled_out(en_names[iso2]))
        entry: dict = {"code": code, "iso2": iso2, "name": en, "it": it_list, "en": en_list}
        if code in CAPITALS:
            cname, cit, cen = CAPITALS[code]
            entry["capital"] = {"name": cname, "it": cit, "en": cen}
        countries.append(entry)
    # CLDR names with " - " (Congo - Kinshasa) or parentheses are kept: they are harmless and rarely match.
    header = "# GENERATED by scripts/gen_countries.py from CLDR (babel) + our variant tables. Do not edit.\n"
    (LANG / "common" / "countries.yaml").write_text(
        header + yaml.safe_dump(countries, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    it_dem: dict[str, str] = {}
    en_dem: dict[str, str] = {}
    for code, (stems, en_forms) in DEMONYMS.items():
        for stem, cls in stems:
            for form in it_forms(stem, cls):
                it_dem.setdefault(form, code)
        for f in en_forms:
            en_dem.setdefault(f, code)
    for path, table in ((LANG / "it" / "demonyms.yaml", it_dem), (LANG / "en" / "demonyms.yaml", en_dem)):
        path.write_text(header + yaml.safe_dump(table, allow_unicode=True, sort_keys=True), encoding="utf-8")
    print(f"{len(countries)} countries, {len(it_dem)} Italian and {len(en_dem)} English demonym forms")


def _paren_parts(name: str) -> list[str]:
    """"Myanmar (Birmania)" -> ["Myanmar", "Birmania"]: CLDR puts a second name in parentheses."""
    if " (" not in name or not name.endswith(")"):
        return []
    head, _, rest = name.partition(" (")
    return [head, rest[:-1]]


def _spelled_out(name: str) -> list[str]:
    """CLDR's short English forms ("Bosnia & Herzegovina", "St. Lucia", "São Tomé & Príncipe") as news writes
    them: "and" for "&", "Saint" for "St.", and the name without accents."""
    import unicodedata

    if "&" not in name and "St." not in name and name.isascii():
        return []
    out = name.replace("&", "and").replace("St.", "Saint")
    plain = "".join(c for c in unicodedata.normalize("NFKD", out) if not unicodedata.combining(c))
    return _uniq([out, plain])


def _uniq(xs: list[str]) -> list[str]:
    seen: list[str] = []
    for x in xs:
        if x and x not in seen:
            seen.append(x)
    return seen


if __name__ == "__main__":
    main()
