"""Countries: one home for their codes and names.

- ``COUNTRY_NAMES``/``country_name``: the names the site shows, translated, for the
  countries the network works with (the 17 Latin American profiles and a few others).
- ``UN_NAMES``/``un_name``: the 193 UN member states and the two observer states, with the
  name the UN uses today, as UN, UHRI and UPR Info exports write them (``ALIASES`` adds
  older and other spellings); ``country_code`` reads any of them.

Matching (``country_code``) ignores case, accents, apostrophes, punctuation (so
"Korea, Republic of" and "Korea (Republic of)" are one key), "&" vs "and", a leading
"The" and extra whitespace; an ISO alpha-2 code is accepted as it is.
"""

import re
import unicodedata

from django.utils.translation import gettext_lazy as _

LATIN_AMERICA = {
    "AR": _("Argentina"),
    "BO": _("Bolivia"),
    "BR": _("Brazil"),
    "CL": _("Chile"),
    "CO": _("Colombia"),
    "CR": _("Costa Rica"),
    "EC": _("Ecuador"),
    "SV": _("El Salvador"),
    "GT": _("Guatemala"),
    "HN": _("Honduras"),
    "MX": _("Mexico"),
    "NI": _("Nicaragua"),
    "PA": _("Panama"),
    "PY": _("Paraguay"),
    "PE": _("Peru"),
    "UY": _("Uruguay"),
    "VE": _("Venezuela"),
}
OTHER = {
    "GB": _("United Kingdom"),
    "IE": _("Ireland"),
    "CH": _("Switzerland"),
    "US": _("United States"),
}
COUNTRY_NAMES = {**LATIN_AMERICA, **OTHER}
# Sorted by code: sorting by name would depend on the language active at import time.
COUNTRY_CHOICES = sorted(COUNTRY_NAMES.items())


def country_name(code):
    """The name the site shows for a country the network works with (the code itself for
    any other)."""
    return COUNTRY_NAMES.get((code or "").upper(), code or "")


# The UN's names (member states and observer states), by ISO 3166-1 alpha-2 code.
UN_NAMES = {
    "AF": "Afghanistan",
    "AL": "Albania",
    "DZ": "Algeria",
    "AD": "Andorra",
    "AO": "Angola",
    "AG": "Antigua and Barbuda",
    "AR": "Argentina",
    "AM": "Armenia",
    "AU": "Australia",
    "AT": "Austria",
    "AZ": "Azerbaijan",
    "BS": "Bahamas",
    "BH": "Bahrain",
    "BD": "Bangladesh",
    "BB": "Barbados",
    "BY": "Belarus",
    "BE": "Belgium",
    "BZ": "Belize",
    "BJ": "Benin",
    "BT": "Bhutan",
    "BO": "Bolivia (Plurinational State of)",
    "BA": "Bosnia and Herzegovina",
    "BW": "Botswana",
    "BR": "Brazil",
    "BN": "Brunei Darussalam",
    "BG": "Bulgaria",
    "BF": "Burkina Faso",
    "BI": "Burundi",
    "CV": "Cabo Verde",
    "KH": "Cambodia",
    "CM": "Cameroon",
    "CA": "Canada",
    "CF": "Central African Republic",
    "TD": "Chad",
    "CL": "Chile",
    "CN": "China",
    "CO": "Colombia",
    "KM": "Comoros",
    "CG": "Congo",
    "CR": "Costa Rica",
    "CI": "Côte d'Ivoire",
    "HR": "Croatia",
    "CU": "Cuba",
    "CY": "Cyprus",
    "CZ": "Czechia",
    "KP": "Democratic People's Republic of Korea",
    "CD": "Democratic Republic of the Congo",
    "DK": "Denmark",
    "DJ": "Djibouti",
    "DM": "Dominica",
    "DO": "Dominican Republic",
    "EC": "Ecuador",
    "EG": "Egypt",
    "SV": "El Salvador",
    "GQ": "Equatorial Guinea",
    "ER": "Eritrea",
    "EE": "Estonia",
    "SZ": "Eswatini",
    "ET": "Ethiopia",
    "FJ": "Fiji",
    "FI": "Finland",
    "FR": "France",
    "GA": "Gabon",
    "GM": "Gambia",
    "GE": "Georgia",
    "DE": "Germany",
    "GH": "Ghana",
    "GR": "Greece",
    "GD": "Grenada",
    "GT": "Guatemala",
    "GN": "Guinea",
    "GW": "Guinea-Bissau",
    "GY": "Guyana",
    "HT": "Haiti",
    "HN": "Honduras",
    "HU": "Hungary",
    "IS": "Iceland",
    "IN": "India",
    "ID": "Indonesia",
    "IR": "Iran (Islamic Republic of)",
    "IQ": "Iraq",
    "IE": "Ireland",
    "IL": "Israel",
    "IT": "Italy",
    "JM": "Jamaica",
    "JP": "Japan",
    "JO": "Jordan",
    "KZ": "Kazakhstan",
    "KE": "Kenya",
    "KI": "Kiribati",
    "KW": "Kuwait",
    "KG": "Kyrgyzstan",
    "LA": "Lao People's Democratic Republic",
    "LV": "Latvia",
    "LB": "Lebanon",
    "LS": "Lesotho",
    "LR": "Liberia",
    "LY": "Libya",
    "LI": "Liechtenstein",
    "LT": "Lithuania",
    "LU": "Luxembourg",
    "MG": "Madagascar",
    "MW": "Malawi",
    "MY": "Malaysia",
    "MV": "Maldives",
    "ML": "Mali",
    "MT": "Malta",
    "MH": "Marshall Islands",
    "MR": "Mauritania",
    "MU": "Mauritius",
    "MX": "Mexico",
    "FM": "Micronesia (Federated States of)",
    "MC": "Monaco",
    "MN": "Mongolia",
    "ME": "Montenegro",
    "MA": "Morocco",
    "MZ": "Mozambique",
    "MM": "Myanmar",
    "NA": "Namibia",
    "NR": "Nauru",
    "NP": "Nepal",
    "NL": "Netherlands (Kingdom of the)",
    "NZ": "New Zealand",
    "NI": "Nicaragua",
    "NE": "Niger",
    "NG": "Nigeria",
    "MK": "North Macedonia",
    "NO": "Norway",
    "OM": "Oman",
    "PK": "Pakistan",
    "PW": "Palau",
    "PA": "Panama",
    "PG": "Papua New Guinea",
    "PY": "Paraguay",
    "PE": "Peru",
    "PH": "Philippines",
    "PL": "Poland",
    "PT": "Portugal",
    "QA": "Qatar",
    "KR": "Republic of Korea",
    "MD": "Republic of Moldova",
    "RO": "Romania",
    "RU": "Russian Federation",
    "RW": "Rwanda",
    "KN": "Saint Kitts and Nevis",
    "LC": "Saint Lucia",
    "VC": "Saint Vincent and the Grenadines",
    "WS": "Samoa",
    "SM": "San Marino",
    "ST": "Sao Tome and Principe",
    "SA": "Saudi Arabia",
    "SN": "Senegal",
    "RS": "Serbia",
    "SC": "Seychelles",
    "SL": "Sierra Leone",
    "SG": "Singapore",
    "SK": "Slovakia",
    "SI": "Slovenia",
    "SB": "Solomon Islands",
    "SO": "Somalia",
    "ZA": "South Africa",
    "SS": "South Sudan",
    "ES": "Spain",
    "LK": "Sri Lanka",
    "SD": "Sudan",
    "SR": "Suriname",
    "SE": "Sweden",
    "CH": "Switzerland",
    "SY": "Syrian Arab Republic",
    "TJ": "Tajikistan",
    "TH": "Thailand",
    "TL": "Timor-Leste",
    "TG": "Togo",
    "TO": "Tonga",
    "TT": "Trinidad and Tobago",
    "TN": "Tunisia",
    "TR": "Türkiye",
    "TM": "Turkmenistan",
    "TV": "Tuvalu",
    "UG": "Uganda",
    "UA": "Ukraine",
    "AE": "United Arab Emirates",
    "GB": "United Kingdom of Great Britain and Northern Ireland",
    "TZ": "United Republic of Tanzania",
    "US": "United States of America",
    "UY": "Uruguay",
    "UZ": "Uzbekistan",
    "VU": "Vanuatu",
    "VE": "Venezuela (Bolivarian Republic of)",
    "VN": "Viet Nam",
    "YE": "Yemen",
    "ZM": "Zambia",
    "ZW": "Zimbabwe",
    # Observer states
    "VA": "Holy See",
    "PS": "State of Palestine",
}

# Other names seen in exports (older UN names, short, ISO-style and Spanish forms).
ALIASES = {
    "Bahamas, The": "BS",
    "Bolivia": "BO",
    "Plurinational State of Bolivia": "BO",
    "Bosnia-Herzegovina": "BA",
    "Brasil": "BR",
    "Brunei": "BN",
    "Burma": "MM",
    "Myanmar (Burma)": "MM",
    "Cape Verde": "CV",
    "Republic of Cabo Verde": "CV",
    "Ivory Coast": "CI",
    "Czech Republic": "CZ",
    "Republic of the Congo": "CG",
    "Congo, Republic of the": "CG",
    "Congo-Brazzaville": "CG",
    "Democratic Republic of Congo": "CD",
    "Congo, Democratic Republic of the": "CD",
    "Congo, The Democratic Republic of the": "CD",
    "Congo-Kinshasa": "CD",
    "DR Congo": "CD",
    "DRC": "CD",
    "Korea, Democratic People's Republic of": "KP",
    "DPRK": "KP",
    "North Korea": "KP",
    "Korea, Republic of": "KR",
    "South Korea": "KR",
    "Korea": "KR",
    "Swaziland": "SZ",
    "Kingdom of Eswatini": "SZ",
    "Gambia (Republic of The)": "GM",
    "Gambia, The": "GM",
    "Republic of The Gambia": "GM",
    "Iran": "IR",
    "Islamic Republic of Iran": "IR",
    "Kyrgyz Republic": "KG",
    "Laos": "LA",
    "Lao PDR": "LA",
    "Libyan Arab Jamahiriya": "LY",
    "Micronesia": "FM",
    "Federated States of Micronesia": "FM",
    "Moldova": "MD",
    "Moldova, Republic of": "MD",
    "Netherlands": "NL",
    "Kingdom of the Netherlands": "NL",
    "The former Yugoslav Republic of Macedonia": "MK",
    "Macedonia, the former Yugoslav Republic of": "MK",
    "Republic of North Macedonia": "MK",
    "Macedonia": "MK",
    "Palestine": "PS",
    "Palestine, State of": "PS",
    "Russia": "RU",
    "St Kitts and Nevis": "KN",
    "St Lucia": "LC",
    "St Vincent and the Grenadines": "VC",
    "Slovak Republic": "SK",
    "Syria": "SY",
    "Tanzania": "TZ",
    "Tanzania, United Republic of": "TZ",
    "East Timor": "TL",
    "Turkey": "TR",
    "Republic of Türkiye": "TR",
    "United Kingdom": "GB",
    "UK": "GB",
    "Great Britain": "GB",
    "United States": "US",
    "USA": "US",
    "Vatican": "VA",
    "Vatican City": "VA",
    "Holy See (Vatican City State)": "VA",
    "Venezuela": "VE",
    "Bolivarian Republic of Venezuela": "VE",
    "Vietnam": "VN",
}


def fold(value):
    """Lower case, no accents, "&" as "and", words of letters and digits split by one space."""
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.lower().replace("&", " and ")
    text = re.sub(r"['’‘`´]", "", text)
    return re.sub(r"[\W_]+", " ", text).strip()


def normalise_name(value):
    """The matching key of a country name: folded, without a leading "the"."""
    text = fold(value)
    if text.startswith("the "):
        text = text[4:]
    return text


_BY_NAME = {normalise_name(name): code for code, name in UN_NAMES.items()}
_BY_NAME.update({normalise_name(name): code for name, code in ALIASES.items()})


def country_code(value):
    """The alpha-2 code for a country name or code, or None when it is not one we know."""
    if value is None:
        return None
    raw = str(value).strip()
    if len(raw) == 2 and raw.upper() in UN_NAMES:
        return raw.upper()
    return _BY_NAME.get(normalise_name(raw))


def un_name(code):
    """The UN name of a country code ('' for an empty code, the code itself if unknown)."""
    code = (code or "").upper()
    return UN_NAMES.get(code, code)


def un_choices():
    """Every state as (code, UN name), in the alphabetical order of the names."""
    return sorted(UN_NAMES.items(), key=lambda item: normalise_name(item[1]))
