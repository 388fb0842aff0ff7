/* test_language.c -- the language of a text when the page does not say it
 * (text/language.c), and the result's language field from it. */
#include "harness.h"
#include "maintext.h"
#include "text/language.h"

static const char *guess(const char *text)
{
    mt_language_guess g;
    mt_language_guess_init(&g);
    mt_language_guess_feed(&g, text, strlen(text));
    return mt_language_guess_result(&g);
}

#define CHECK_LANG(text, want)                                                  \
    do {                                                                        \
        const char *got_ = guess(text);                                         \
        if (!(want)) CHECK(got_ == NULL);                                       \
        else { CHECK(got_ != NULL); if (got_) CHECK_STR(got_, (want)); }        \
    } while (0)

static void test_table(void)
{
    CHECK(mt_language_tables_ok());
}

static void test_latin_languages(void)
{
    CHECK_LANG("The council voted on Tuesday to close the old bridge, and the work will start "
               "in spring. Residents who live near it have asked for a ferry, which the "
               "mayor said was not part of the plan.", "en");
    CHECK_LANG("Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke zu schließen. "
               "Die Arbeiten sollen im Frühjahr beginnen, und die Anwohner fordern eine "
               "Fähre, die aber nicht im Plan ist.", "de");
    CHECK_LANG("Le conseil a voté mardi la fermeture du vieux pont, et les travaux "
               "commenceront au printemps. Les habitants qui vivent près du pont ont "
               "demandé un bac, ce qui ne fait pas partie du projet.", "fr");
    /* close pairs: each has words the other does not use */
    CHECK_LANG("El consejo votó el martes para cerrar el puente viejo, y las obras "
               "empezarán en primavera. Los vecinos que viven cerca han pedido un "
               "transbordador, pero el alcalde dijo que no está en el plan.", "es");
    CHECK_LANG("O conselho votou na terça-feira para fechar a ponte velha, e as obras "
               "começam na primavera. Os moradores que vivem perto pediram uma balsa, "
               "mas o prefeito disse que não está no plano.", "pt");
    CHECK_LANG("Byrådet stemte tirsdag for at lukke den gamle bro, og arbejdet vil "
               "begynde til foråret. Beboerne har bedt om en færge, men borgmesteren "
               "sagde, at den ikke er en del af planen, efter at det blev besluttet.", "da");
    CHECK_LANG("Bystyret stemte tirsdag for å stenge den gamle brua, og arbeidet skal "
               "begynne til våren. Beboerne har bedt om en ferje, men ordføreren sa at "
               "den ikke er en del av planen, etter at det ble bestemt.", "no");
    CHECK_LANG("Rada ve středu rozhodla, že starý most bude uzavřen. Práce začnou na jaře "
               "a obyvatelé, kteří žijí blízko, požádali o přívoz, který však podle "
               "starosty není součástí plánu.", "cs");
    CHECK_LANG("Rada v stredu rozhodla, že starý most bude uzavretý. Práce sa začnú na jar "
               "a obyvatelia, ktorí žijú blízko, požiadali o prievoz, ktorý však podľa "
               "starostu nie je súčasťou plánu.", "sk");
}

/* The languages added with 64 bits, each in a paragraph of its own, and
 * the close pairs among them told apart by the words one has and the other
 * lacks. */
static void test_more_latin_languages(void)
{
    CHECK_LANG("Këshilli bashkiak vendosi të martën që ura e vjetër të mbyllet, sepse nuk "
               "është më e sigurt. Punimet për urën e re do të fillojnë në pranverë dhe do "
               "të zgjasin dy vjet. Banorët që jetojnë në anën tjetër të lumit kanë kërkuar "
               "një traget, por kryetari i bashkisë tha se kjo nuk është në plan.", "sq");
    CHECK_LANG("Udalbatzak asteartean erabaki du zubi zaharra ixtea, ez delako jada segurua. "
               "Zubi berriaren lanak udaberrian hasiko dira eta bi urte iraungo dute. "
               "Ibaiaren beste aldean bizi direnek ferry bat eskatu dute, baina alkateak esan "
               "du hori ez dagoela planean.", "eu");
    CHECK_LANG("Bæjarstjórnin ákvað á þriðjudag að loka gömlu brúnni, því hún er ekki lengur "
               "örugg. Framkvæmdir við nýja brú hefjast í vor og munu taka tvö ár. Íbúar sem "
               "búa hinum megin við ána hafa beðið um ferju, en bæjarstjórinn sagði að það "
               "væri ekki í áætluninni.", "is");
    CHECK_LANG("Penderfynodd y cyngor ddydd Mawrth y bydd yr hen bont yn cau, gan nad yw hi'n "
               "ddiogel mwyach. Bydd y gwaith ar y bont newydd yn dechrau yn y gwanwyn ac mae "
               "disgwyl iddo bara dwy flynedd. Mae'r trigolion sy'n byw ar ochr arall yr afon "
               "wedi gofyn am fferi, ond dywedodd y maer nad yw hynny yn y cynllun.", "cy");
    CHECK_LANG("Chinn an chomhairle Dé Máirt go ndúnfar an seandroichead, mar nach bhfuil sé "
               "slán a thuilleadh. Tosóidh an obair ar an droichead nua san earrach agus "
               "mairfidh sé dhá bhliain. Tá na daoine atá ina gcónaí ar an taobh eile den "
               "abhainn ag iarraidh báid, ach dúirt an méara nach bhfuil sé sin sa phlean.",
               "ga");
    CHECK_LANG("Baraza la jiji liliamua siku ya Jumanne kwamba daraja la zamani litafungwa "
               "kwa sababu si salama tena. Kazi ya ujenzi wa daraja jipya itaanza wakati wa "
               "masika na itachukua miaka miwili. Wakazi wanaoishi upande wa pili wa mto "
               "wameomba kivuko, lakini meya alisema kwamba hilo halimo katika mpango.", "sw");
    CHECK_LANG("Nagpasya ang konseho ng lungsod noong Martes na isara ang lumang tulay dahil "
               "hindi na ito ligtas. Sisimulan ang pagtatayo ng bagong tulay sa tag-araw at "
               "tatagal ito ng dalawang taon. Humiling ang mga residente na nakatira sa "
               "kabilang pampang ng ilog ng isang bangka, ngunit sinabi ng alkalde na wala "
               "ito sa plano.", "tl");
}

/* Estonian and Finnish share "ja", "on", "ei", "oli"; Latvian and
 * Lithuanian "ir", "ar", "kas", "bet", "kad", "tas". */
static void test_baltic_finnic_pairs(void)
{
    CHECK_LANG("Linnavolikogu otsustas teisipäeval, et vana sild suletakse, sest see ei ole "
               "enam ohutu. Uue silla ehitus algab kevadel ja kestab kaks aastat. Elanikud, "
               "kes elavad jõe teisel kaldal, on palunud praamiühendust, kuid linnapea "
               "ütles, et see ei ole plaanis.", "et");
    CHECK_LANG("Kaupunginvaltuusto päätti tiistaina, että vanha silta suljetaan, koska se ei "
               "ole enää turvallinen. Uuden sillan rakentaminen alkaa keväällä ja kestää "
               "kaksi vuotta. Asukkaat, jotka asuvat joen toisella puolella, ovat pyytäneet "
               "lauttaa, mutta pormestari sanoi, että se ei ole suunnitelmassa.", "fi");
    /* only the words the two share: Finnish, as before Estonian had a list */
    CHECK_LANG("Tuote on saatavilla ja toimitus on ilmainen, tilaus ei maksa mitään.", "fi");
    CHECK_LANG("Pilsētas dome otrdien nolēma slēgt veco tiltu, jo tas vairs nav drošs. "
               "Jaunā tilta būvdarbi sāksies pavasarī un ilgs divus gadus. Iedzīvotāji, kas "
               "dzīvo otrā upes krastā, ir lūguši prāmi, bet mērs teica, ka tas nav "
               "paredzēts plānā.", "lv");
    CHECK_LANG("Miesto taryba antradienį nusprendė uždaryti seną tiltą, nes jis nebėra "
               "saugus. Naujo tilto statybos darbai prasidės pavasarį ir truks dvejus metus. "
               "Gyventojai, kurie gyvena kitoje upės pusėje, prašė kelto, tačiau meras sakė, "
               "kad tai nėra numatyta plane.", "lt");
    /* neither had a list before: the words both use tell neither */
    CHECK_LANG("Rīga ir Vilnius, kas tas, bet kad Tallinn ir Helsinki, kas tas bet kad.", NULL);
}

/* Malay and Indonesian share most of their function words, Serbian (in
 * the Latin script) and Croatian theirs: each is told by its own, and a
 * text of shared words only reads as it did before the other had a list. */
static void test_shared_word_pairs(void)
{
    CHECK_LANG("Majlis perbandaran memutuskan pada hari Selasa bahawa jambatan lama itu akan "
               "ditutup kerana ia tidak lagi selamat. Kerja pembinaan jambatan baharu akan "
               "bermula selepas musim hujan dan dijangka mengambil masa dua tahun. Penduduk "
               "yang tinggal di seberang sungai telah meminta perkhidmatan feri, tetapi datuk "
               "bandar berkata bahawa perkara itu tidak termasuk dalam rancangan, iaitu "
               "rancangan yang diluluskan tahun lalu.", "ms");
    CHECK_LANG("Dewan kota memutuskan pada hari Selasa bahwa jembatan lama itu akan ditutup "
               "karena sudah tidak aman lagi. Pembangunan jembatan baru akan dimulai setelah "
               "musim hujan dan diperkirakan memakan waktu dua tahun. Warga yang tinggal di "
               "seberang sungai telah meminta layanan feri, tetapi wali kota mengatakan bahwa "
               "hal itu tidak termasuk dalam rencana, yaitu rencana yang disetujui tahun lalu.",
               "id");
    CHECK_LANG("Warga yang tinggal di seberang sungai itu sudah lama menunggu jembatan ini, "
               "dan mereka akan terus meminta kepada pemerintah untuk segera membangunnya "
               "dengan dana dari anggaran daerah.", "id");
    CHECK_LANG("Gradsko veće je u utorak odlučilo da se stari most zatvori, jer više nije "
               "bezbedan. Radovi na novom mostu počeće posle zime i trajaće dve godine. "
               "Stanovnici koji žive na drugoj strani reke traže skelu, ali gradonačelnik je "
               "rekao da to nije u planu, a takođe nije rekao gde bi skela mogla da pristaje.",
               "sr");
    CHECK_LANG("Gradsko vijeće je u utorak odlučilo da se stari most zatvori jer više nije "
               "siguran. Radovi na novom mostu počet će poslije zime i trajat će dvije godine. "
               "Stanovnici koji žive na drugoj strani rijeke traže trajekt, ali gradonačelnik "
               "je rekao da to nije u planu, a također nije rekao gdje bi trajekt mogao "
               "pristajati.", "hr");
    CHECK_LANG("Radovi na mostu su počeli, a stanovnici koji žive na drugoj strani traže da "
               "se uvede i brod, ali to još nije u planu.", "hr");
}

static void test_scripts(void)
{
    CHECK_LANG("市議会は火曜日、古い橋を閉鎖することを決めた。工事は春に始まり、"
               "近くに住む人たちはフェリーの運航を求めている。", "ja");
    CHECK_LANG("市议会周二决定关闭这座旧桥，工程将于春季开始，附近居民要求开通渡轮，"
               "但市长表示这不在计划之内。", "zh");
    /* a program's name in Latin letters does not make Chinese text Latin */
    CHECK_LANG("使用 git rebase --interactive 命令可以修改提交历史，但是不要在已经推送的分支上使用。", "zh");
    CHECK_LANG("시의회는 화요일에 오래된 다리를 폐쇄하기로 결정했으며 공사는 봄에 시작된다.", "ko");
    CHECK_LANG("Городской совет во вторник решил закрыть старый мост, и работы начнутся "
               "весной. Жители, которые живут рядом, просят паром, но мэр сказал, что это "
               "не входит в план.", "ru");
    CHECK_LANG("Міська рада у вівторок вирішила закрити старий міст, і роботи почнуться "
               "навесні. Мешканці просять пором, але мер сказав, що це не входить у план.", "uk");
    CHECK_LANG("Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να κλείσει την παλιά γέφυρα.", "el");
    CHECK_LANG("قرر المجلس البلدي يوم الثلاثاء إغلاق الجسر القديم، وستبدأ الأعمال في الربيع.", "ar");
    CHECK_LANG("شورای شهر روز سه‌شنبه تصمیم گرفت پل قدیمی را ببندد و کار در بهار آغاز می‌شود.", "fa");
    CHECK_LANG("नगर परिषद ने मंगलवार को पुराने पुल को बंद करने का फैसला किया है और काम "
               "वसंत में शुरू होगा। पास में रहने वाले लोगों ने नाव की मांग की है।", "hi");
}

static void test_no_answer(void)
{
    CHECK_LANG("", NULL);
    CHECK_LANG("Home | News | Contact", NULL);             /* too little text */
    CHECK_LANG("1234 5678 90 -- 12:30, 14.05.2024", NULL);  /* no letters */
    /* a language we have no words for (Hausa) gets no answer rather than a wrong one */
    CHECK_LANG("Majalisar birnin ta yanke shawarar rufe tsohuwar gadar kogin, saboda ba ta "
               "da aminci kuma. Aikin sabuwar gada zai fara lokacin bazara, zai kuma dauki "
               "shekaru biyu. Mazauna kusa sun nemi jirgin ruwa domin su ketare kogin kowace "
               "rana.", NULL);
}

static void test_bounded(void)
{
    /* 100,000 words read: the guess stops at its bound and still answers */
    mt_language_guess g;
    mt_language_guess_init(&g);
    for (int i = 0; i < 20000; i++) {
        const char *s = "and the work of the ";
        mt_language_guess_feed(&g, s, strlen(s));
    }
    CHECK(mt_language_guess_full(&g));
    CHECK(g.chars <= GUESS_MAX_CHARS);
    CHECK_STR(mt_language_guess_result(&g), "en");
}

static void test_result_field(void)
{
    static const char page[] =
        "<html><head><title>Die Brücke</title></head><body><article><h1>Die Brücke</h1>"
        "<p>Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke über den Fluss "
        "zu schließen, weil sie nicht mehr sicher ist. Die Arbeiten an einer neuen Brücke "
        "sollen im Frühjahr beginnen und werden zwei Jahre dauern.</p>"
        "<p>Die Anwohner, die auf der anderen Seite wohnen, fordern für diese Zeit eine "
        "Fähre. Der Bürgermeister sagte, dass eine Fähre nicht im Plan sei, aber man "
        "werde mit dem Land darüber sprechen.</p></article></body></html>";
    mt_extractor *ex = mt_extractor_new(NULL, NULL);
    const mt_result *r;
    CHECK_INT(mt_extract(ex, page, strlen(page), NULL, &r), MT_OK);
    CHECK_STR(r->meta.language, "de");
    CHECK_STR(r->meta.source[MT_META_LANGUAGE], "text");
    /* what the page says wins over what its text suggests */
    char declared[sizeof page + 16];
    snprintf(declared, sizeof declared, "<html lang=\"en\">%s", page + 6);
    CHECK_INT(mt_extract(ex, declared, strlen(declared), NULL, &r), MT_OK);
    CHECK_STR(r->meta.language, "en");
    CHECK_STR(r->meta.source[MT_META_LANGUAGE], "html:lang");
    mt_extractor_free(ex);
}

/* German text under a page that says it is English, and Hausa text, in
 * which no language's function words are frequent enough to tell. */
static const char german_declared_english[] =
    "<html lang=\"en\"><head><title>Die Br\xc3\xbc" "cke</title></head><body><article>"
    "<h1>Die Br\xc3\xbc" "cke</h1><p>Der Gemeinderat hat am Dienstag beschlossen, die alte "
    "Br\xc3\xbc" "cke \xc3\xbc" "ber den Fluss zu schlie\xc3\x9f" "en, weil sie nicht mehr sicher "
    "ist. Die Arbeiten an einer neuen Br\xc3\xbc" "cke sollen im Fr\xc3\xbchjahr beginnen und "
    "werden zwei Jahre dauern, sagte die B\xc3\xbcrgermeisterin.</p></article></body></html>";
static const char hausa[] =
    "<html><head><title>Gada</title></head><body><article><h1>Gada</h1>"
    "<p>Majalisar birnin ta yanke shawarar rufe tsohuwar gadar kogin, saboda ba ta "
    "da aminci kuma. Aikin sabuwar gada zai fara lokacin bazara, zai kuma dauki "
    "shekaru biyu. Mazauna kusa sun nemi jirgin ruwa domin su ketare kogin kowace "
    "rana.</p></article></body></html>";

/* mt_options.languages: the text's language decides over the page's word,
 * a language neither tells is left out, the list is copied and checked. */
static void test_language_list(void)
{
    mt_options o;
    mt_options_default(&o);
    char list[16];
    snprintf(list, sizeof list, "%s", "EN, de-AT");
    o.languages = list;
    mt_status st;
    mt_extractor *ex = mt_extractor_new(&o, &st);
    CHECK(ex != NULL);
    memset(list, 'x', sizeof list - 1);     /* the extractor has its own copy */
    const mt_result *r;
    CHECK_INT(mt_extract(ex, german_declared_english, strlen(german_declared_english), NULL, &r),
              MT_OK);
    CHECK_STR(r->meta.language, "de");
    CHECK_STR(r->meta.source[MT_META_LANGUAGE], "text");
    CHECK_INT(mt_extract(ex, hausa, strlen(hausa), NULL, &r), MT_ERR_NO_CONTENT);
    CHECK(r && r->nblocks == 0 && r->meta.language == NULL);
    mt_extractor_free(ex);

    o.languages = "fr";
    ex = mt_extractor_new(&o, &st);
    CHECK_INT(mt_extract(ex, german_declared_english, strlen(german_declared_english), NULL, &r),
              MT_ERR_NO_CONTENT);
    CHECK(r && r->nblocks == 0);
    CHECK_STR(r->meta.language, "de");
    mt_extractor_free(ex);

    /* without a list the page's word stands */
    ex = mt_extractor_new(NULL, NULL);
    CHECK_INT(mt_extract(ex, german_declared_english, strlen(german_declared_english), NULL, &r),
              MT_OK);
    CHECK_STR(r->meta.language, "en");
    mt_extractor_free(ex);

    static const char *const bad[] = { "e", "english", "en;de", "1a", ",", " ", "en-", "en--x",
                                       "en-abcdefghi", "\xc3\xa9n", "zz", "en,xx-YY" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        o.languages = bad[i];
        st = MT_OK;
        CHECK(mt_extractor_new(&o, &st) == NULL);
        CHECK_INT(st, MT_ERR_INVALID_ARG);
        CHECK(!mt_languages_valid(bad[i]));     /* told beforehand, the same */
    }
    CHECK(mt_languages_valid(NULL) && mt_languages_valid("") && mt_languages_valid("EN, de-AT") &&
          mt_languages_valid("zh-Hant pt") && mt_languages_valid("eng") &&
          mt_languages_valid("AA,zu") && mt_languages_valid("iw"));
    /* good codes all through, so that only the length can refuse them:
     * LANGUAGE_LIST_MAX bytes are taken (and copied whole), one more not */
    char longest[LANGUAGE_LIST_MAX + 2];
    for (size_t i = 0; i < sizeof longest - 1; i++)
        longest[i] = i % 3 == 2 ? ',' : "en"[i % 3];
    longest[LANGUAGE_LIST_MAX] = '\0';
    CHECK(mt_language_list_valid(longest));
    o.languages = longest;
    ex = mt_extractor_new(&o, &st);
    CHECK(ex != NULL);
    mt_extractor_free(ex);
    memmove(longest + 1, longest, LANGUAGE_LIST_MAX + 1);
    longest[0] = ' ';                       /* one byte over, the codes as good */
    CHECK(!mt_language_list_valid(longest));
    CHECK(!mt_languages_valid(longest));
    st = MT_OK;
    CHECK(mt_extractor_new(&o, &st) == NULL);
    CHECK_INT(st, MT_ERR_INVALID_ARG);
    o.languages = "";                       /* any */
    ex = mt_extractor_new(&o, &st);
    CHECK(ex != NULL);
    mt_extractor_free(ex);

    CHECK(mt_language_tables_sorted());
    /* three-letter codes, both ISO 639-2 sets, as their two letters */
    CHECK(mt_language_in_list("eng", "en"));
    CHECK(mt_language_in_list("GER, fra", "de-AT"));
    CHECK(mt_language_in_list("de", "deu"));
    CHECK(mt_language_in_list("zho", "zh-Hant"));
    CHECK(mt_language_in_list("nb", "no"));
    CHECK(mt_language_in_list("no", "nn-NO"));
    CHECK(mt_language_in_list("he", "iw"));
    CHECK(!mt_language_in_list("eng", "de"));
    CHECK(!mt_language_in_list("ast", "es"));   /* Asturian has no two letters */
    CHECK(mt_language_in_list("ast", "ast"));
    CHECK(mt_languages_include("en", "EN-gb"));
    CHECK(!mt_languages_include(NULL, "en"));
    CHECK(!mt_languages_include("", "en"));
    CHECK(mt_language_in_list("en,de", "de-CH"));
    CHECK(mt_language_in_list("zh-Hant pt", "PT_br"));
    CHECK(!mt_language_in_list("en,de", "dan"));
    CHECK(!mt_language_in_list("en", NULL));
    CHECK(!mt_language_in_list("en", ""));
    CHECK(!mt_language_in_list("en", "en!"));
}

int main(void)
{
    RUN(test_table);
    RUN(test_latin_languages);
    RUN(test_more_latin_languages);
    RUN(test_baltic_finnic_pairs);
    RUN(test_shared_word_pairs);
    RUN(test_scripts);
    RUN(test_no_answer);
    RUN(test_bounded);
    RUN(test_result_field);
    RUN(test_language_list);
    return harness_finish();
}
