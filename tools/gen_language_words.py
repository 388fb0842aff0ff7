#!/usr/bin/env python3
"""Generates src/text/language_words.h: the function words by which
src/text/language.c tells apart the languages written in the Latin,
Cyrillic and Devanagari scripts.

A language's most frequent words are its articles, pronouns, prepositions,
conjunctions and auxiliaries: a third or more of the words of any running
text. The lists below hold such words, chosen so that languages close to
each other (Spanish and Portuguese, Danish and Norwegian, Czech and
Slovak, Hindi and Marathi, Latvian and Lithuanian, Estonian and Finnish)
each have words the other does not use. A word may belong to several
languages: its entry carries one bit per language.

Two pairs share nearly all their function words: Malay and Indonesian,
Serbian in the Latin script and Croatian. Each of the four has the words
of its pair (SHARED_MALAY, SHARED_SERBO_CROATIAN) and its own (Malay's
"bahawa", "kerana", "iaitu" for Indonesian's "bahwa", "karena", "yaitu";
Serbian's ekavian "gde", "pre", "posle" for Croatian's "gdje", "prije",
"poslije"), and a text of shared words only ties them: TIE_GOES_TO names
the language such a tie reads as, the one the text was read as before the
other had a list (Indonesian, Croatian; Indonesian is also the larger on
the web). Estonian shares fewer words with Finnish ("ja", "on", "ei",
"oli"), and a short text of only those keeps reading as Finnish too.

The output is the language codes by bit, the words with their languages,
the language each tie goes to, and an open-addressed hash table of the
words: LANGUAGE_WORD_SLOTS slots, each 0 (empty) or 1 + a word's index; a
word's first slot is its FNV-1a hash (src/util/fnv.h) modulo the slots,
the next ones follow it. Run from the repository root:
tools/gen_language_words.py. The output is committed; run again after
editing the lists."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bit_table import fnv1a  # noqa: E402

SLOTS = 4096

# The function words Malay and Indonesian share.
SHARED_MALAY = """yang dan di ini itu dengan untuk dari dalam tidak akan pada juga
    ke ada oleh atau sudah mereka lebih kami kita tersebut adalah telah
    seperti"""

# The function words Croatian and Serbian (in the Latin script) share.
SHARED_SERBO_CROATIAN = """i je u da se na za su od s o a koji što kao ne
    iz će to bi sa ali biti ili bio kako koja koje nakon samo još prema već
    te ima"""

# language code -> its function words, lowercase, space-separated
WORDS = {
    "en": """the and of to in is that for it with as was on are be this by at
        from have has an or which not but they their will you we been were
        would there what can more also its his her he she who when than
        into about these after""",
    "de": """der die und den von zu das mit sich des auf für ist im dem nicht
        ein eine als auch es an werden aus er hat dass sie nach wird bei
        einer um am sind noch wie einem über einen so zum war haben nur oder
        aber vor zur bis mehr durch man sein wurde sei ich wir ihre seine
        diese dieser kann schon wenn""",
    "fr": """le la les de des et en un une du est que qui dans pour pas au
        sur par plus ne se il elle sont avec ce cette aux ont mais ou été
        nous vous comme leur son sa ses été aussi même tout être fait""",
    "es": """el la los las de y en que del un una por con para es se no al
        lo como más su sus pero este esta ha son también fue ya muy sobre
        entre cuando hay desde porque está han sin hasta todo""",
    "it": """il la di che e le del della un una per non in è sono si con gli
        dei delle al alla nel nella da più anche come ma questo questa ha
        hanno essere lo tra dopo ci degli sul stato""",
    "pt": """o a os as de do da dos das e em no na nos nas um uma que para com
        não por se mais ao é foi como mas pelo pela são seu sua também ou
        está já muito entre ser quando sobre""",
    "nl": """de het een en van in is dat op te zijn voor met die niet aan er
        om ook als bij door maar uit nog wordt naar worden dan dit wel kan
        hij zij heeft geen over tot meer was werd hebben deze""",
    "sv": """och i att det som en på är av för med den till har inte om ett
        de jag var men sig så från kan vi eller man vid efter också hade när
        detta skulle nu mycket sina under blev""",
    "da": """og i at det en til er som på de med af for ikke den har et der
        var jeg men om fra kan så også vil efter eller blev have havde når
        over hvor sig mig være denne skal""",
    "no": """og i det er som en på til av for med at den har ikke de et om
        var jeg men fra kan så også vil etter eller ble hadde når over hvor
        seg meg være dette blir skal ikkje eit eg frå vart kvar vere""",
    "fi": """ja on ei että se oli ovat kuin myös hän mutta tai kun jo sen
        joka vain niin nyt tämä ole mukaan jälkeen sekä voi hänen kanssa
        olla jotka ollut mitä""",
    "pl": """i w nie na się z do to że jest o jak ale po co tak za od już jego
        przez są dla może oraz tylko czy jej jednak być było który która
        które także ich bardzo""",
    "cs": """a se na v je že to s z do o jako by ve pro ale po tak jsou jeho
        které který která také už byl bylo jsem není nebo při podle jen od
        za až aby""",
    "sk": """a sa na v je že to s z do o ako by vo pre ale po tak sú jeho
        ktoré ktorý ktorá tiež už bol bolo som nie alebo pri podľa len od za
        až aby aj""",
    "hu": """a az és hogy nem is egy meg van de csak már ez mint még volt el
        ki be fel azt ezt vagy lesz ha pedig után között kell majd úgy
        nagyon szerint amely több""",
    "ro": """și în de la a cu că nu pe din o un care este pentru mai sau au
        se ca sunt fost iar dar după acest această prin lui ale al fie fi
        foarte""",
    "tr": """ve bir bu da de için ile olarak çok daha gibi en ne ama o sonra
        kadar olan her var değil ise ki mi şu veya olduğu oldu tarafından
        yeni diye ancak""",
    "id": SHARED_MALAY + """ karena bahwa bisa saat yaitu setelah saja
        berbagai agar sedangkan meskipun kalau tapi mau justru nggak aja""",
    "vi": """của và là các những được trong có không một cho với người này
        đã để khi từ như nhiều về năm cũng đến sẽ theo ra tại sau""",
    "ca": """el la els les de i que a en un una per amb del al és no es va més
        però com dels aquest aquesta també ha són seva seu molt ja hi""",
    "hr": SHARED_SERBO_CROATIAN + """ također gdje ovdje prije poslije
        uvijek dvije tijekom tko""",
    "ru": """и в не на что с по я он как это а то из но его к у же за все так
        она о от для бы был было были ли уже только мы или при""",
    "uk": """і в не на що з до я він як це а та із але його у же за все так
        вона про від для би був було були чи вже тільки ми або при""",
    "bg": """и в не на че с по аз той като това а то от но го за да се е са
        ще във със които която който бил беше тя има""",
    "gl": """o a os as de do da dos das e en que non para con un unha por se
        máis ao é foi como pero polo pola son seu súa tamén ou está xa moi
        entre ser cando sobre""",
    "af": """die en van in is dat nie te het vir op met as word sy aan om hy
        ook ek jy ons hulle was kan sal maar deur na uit by baie wat""",
    "sl": """in je na da se za so v z pri ki ne od tudi kot pa ali bi po lahko
        še do bo ta kar sem jih le ko iz med biti""",
    "hi": """है के में की और से को का एक पर भी यह हैं नहीं कि था लिए तो ने हो
        इस कर गया वह जो किया थे""",
    "mr": """आहे आणि या व हे की ही त्या केले आहेत होते म्हणून पण असे मध्ये
        करण्यात झाले नाही""",
    "ne": """छ र को मा लागि पनि गर्न हो भएको गरेको छन् यो त्यो थियो गर्ने हुने
        भने एक""",
    "ms": SHARED_MALAY + """ bahawa kerana iaitu ialah sahaja daripada
        selepas pelbagai manakala mahu boleh semasa apabila ianya sebarang
        hendak sekiranya justeru""",
    "sr": SHARED_SERBO_CROATIAN + """ takođe gde ovde pre posle uvek dve
        tokom veoma šta ukoliko""",
    "et": """ja on et ei see oli ka mis kui aga ning või ta nii kes siis
        veel seda selle mida kuid pole olid kõik juba pärast ainult mitte
        nagu sest seal siin tema nad ma olen olla kas vaid ehk mille samuti
        väga kus nende üle saab võib peab tuleb kõige""",
    "lv": """un ir ar kas par uz no tā arī ka bet lai to tas ko vai nav bija
        kā pēc tikai jau būt var kur viņš viņa viņi mēs šis šī šo tās
        tie savu gan vēl līdz tiek tika kad jo tad tomēr ļoti tāpēc nekā
        kurš kura kuru kuri būs varētu starp""",
    "lt": """ir yra iš į su kad kaip tai bet nuo apie per dėl jis ji jie aš
        tačiau taip buvo būti gali dar tik labai prie nes arba jo jos
        savo bei kai ar kas tas to ko jau ne kur kuris kurie kuri tie šis
        ši šio o po""",
    "sq": """dhe të në për një që nga është i e u se nuk do ka kanë janë
        ishte si por edhe më ky kjo këtë këto ajo ata ato tij saj tyre
        duke mbi deri kur ku cili cila sipas vetëm gjithë shumë pa tek prej
        sepse apo ose mund ndaj rreth midis kështu atë nëse ishin kishte
        eshte nje""",
    "eu": """eta da ez du bat ere dira baina izan zen egin dute zuen dago edo
        ezin hau hori hura bere beren gure zure nire zu gu haiek hauek
        horiek baita baino oso beste guztiak behar nahi ahal arte gero orain
        bezala zein nola zer zergatik bai ditu zuten zituen dituzte
        dela zela duen duela direla izango egiten""",
    "is": """og að í á er sem til við en um það var með af ekki hann hún
        þeir þær eru vera hafa hefur sig hans hennar eða þegar eftir frá
        fyrir þetta þessi þess þar þá nú mjög líka einnig svo hvað eins
        allt yfir ég þú verið voru hafði""",
    "cy": """y yr yn mae a ac i o ar ei eu bod gan wedi ond hefyd fel
        roedd oedd nid dim hyn hwn hon gyda fy ein eich pan os neu iawn mwy
        rhwng drwy trwy yw sydd bydd byddai gall nhw chi fe hynny yma pob
        mewn heb dros wrth ym yng""",
    "ga": """agus an na ar is a i le ag ach do de sé sí siad mé tú sin
        ann atá tá bhí ní nach níos mar chun faoi ó leis don gach cé idir
        roimh nó nuair freisin aon é í iad bhfuil raibh beidh féin ina sna
        ón""",
    "sw": """na ya wa kwa ni za katika la cha vya kuwa hii hiyo huo kama
        lakini pia au ambao ambayo ambapo ambaye hata sana baada kabla
        kutoka hadi zaidi wakati bila yake wake zake yao wao sisi mimi wewe
        yeye huu hizo hizi kila nini tu bado tena kuhusu ili kwamba ndani
        juu chini kati pamoja si ndiyo""",
    "tl": """ang ng sa na mga at ay si ni kay para hindi ko mo niya nila ito
        iyon dito doon siya sila kami tayo ako ka po rin din lang lamang pa
        mayroon wala kung kapag pero ngunit dahil upang nang bilang
        tungkol bawat lahat kanyang kanilang naman ba""",
}

# A text of only the words two languages share (their counts tie) reads as
# the second: see the docstring.
TIE_GOES_TO = {"ms": "id", "sr": "hr", "et": "fi"}

OUT = "src/text/language_words.h"


def main():
    codes = list(WORDS)
    assert len(codes) <= 64, "one bit per language in a uint64_t"
    masks = {}
    for bit, code in enumerate(codes):
        for w in WORDS[code].split():
            assert w == w.lower(), w
            assert len(w.encode()) <= 24, w
            masks[w] = masks.get(w, 0) | (1 << bit)
    words = sorted(masks, key=lambda w: w.encode())
    assert len(words) * 2 <= SLOTS, "the table stays at most half full"
    slots = [0] * SLOTS
    for i, w in enumerate(words):
        h = fnv1a(w.encode()) % SLOTS
        while slots[h]:
            h = (h + 1) % SLOTS
        slots[h] = i + 1
    lines = [
        "/* Generated by tools/gen_language_words.py -- do not edit. */",
        "/* The languages by bit of language_word.langs. */",
        "#define LANGUAGE_COUNT %d" % len(codes),
        "static const char language_codes[LANGUAGE_COUNT][3] = {",
    ]
    for i in range(0, len(codes), 8):
        lines.append("    " + " ".join('"%s",' % c for c in codes[i:i + 8]))
    lines.append("};")
    lines.append("")
    lines.append("/* %d function words. */" % len(words))
    lines.append("static const language_word language_words[] = {")
    hex_digits = (len(codes) + 3) // 4
    for w in words:
        lines.append('    { "%s", 0x%0*xull },' % (w, hex_digits, masks[w]))
    lines.append("};")
    lines.append("")
    lines.append("/* The language a tie between a language and another goes to: the")
    lines.append(" * other's index, or its own for none. */")
    tie_to = [codes.index(TIE_GOES_TO.get(c, c)) for c in codes]
    lines.append("static const uint8_t language_tie_goes_to[LANGUAGE_COUNT] = {")
    for i in range(0, len(codes), 16):
        lines.append("    " + " ".join("%d," % t for t in tie_to[i:i + 16]))
    lines.append("};")
    lines.append("")
    lines.append("/* The words by hash: 0 empty, else 1 + an index of language_words. */")
    lines.append("#define LANGUAGE_WORD_SLOTS %d" % SLOTS)
    lines.append("static const uint16_t language_word_slots[LANGUAGE_WORD_SLOTS] = {")
    for i in range(0, SLOTS, 16):
        lines.append("    " + " ".join("%d," % v for v in slots[i:i + 16]))
    lines.append("};")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
