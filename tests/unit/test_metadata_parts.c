/* test_metadata_parts.c -- the pieces of the metadata stage that need no
 * document: author names, titles, URL dates, text cleaning, JSON-LD. */
#include "harness.h"
#include "metadata/meta_internal.h"

static mt_arena arena;

/* The names found in a byline, joined with "; ". */
static const char *names_of(const char *byline)
{
    static char buf[512];
    mt_names names = { { 0 }, 0 };
    CHECK(mt_author_split(&arena, byline, strlen(byline), &names) >= 0);
    buf[0] = '\0';
    for (size_t i = 0; i < names.n; i++) {
        if (i)
            strcat(buf, "; ");
        strcat(buf, names.name[i]);
    }
    return buf;
}

static void test_author_prefixes(void)
{
    CHECK_STR(names_of("By John Smith"), "John Smith");
    CHECK_STR(names_of("by JOHN SMITH"), "JOHN SMITH");
    CHECK_STR(names_of("Von Heike Buchter"), "Heike Buchter");
    CHECK_STR(names_of("Ein Beitrag von Anna Muster"), "Anna Muster");
    CHECK_STR(names_of("Autor: Max Mustermann"), "Max Mustermann");
    CHECK_STR(names_of("Text: Max Mustermann, Fotos: Erika Muster"), "Max Mustermann");
    CHECK_STR(names_of("Par Jean Dupont"), "Jean Dupont");
    CHECK_STR(names_of("Por María García"), "María García");
    CHECK_STR(names_of("Written by Jane Doe"), "Jane Doe");
    CHECK_STR(names_of("Автор: Иван Петров"), "Иван Петров");
}

static void test_author_lists(void)
{
    CHECK_STR(names_of("John Smith and Jane Doe"), "John Smith; Jane Doe");
    CHECK_STR(names_of("Anna Muster und Max Beispiel"), "Anna Muster; Max Beispiel");
    CHECK_STR(names_of("CLARA LÖW, SIDDHARTH PRAKASH & KLAUS JACOB"),
              "CLARA LÖW; SIDDHARTH PRAKASH; KLAUS JACOB");
    CHECK_STR(names_of("dpa/lno"), "dpa; lno");
    CHECK_STR(names_of("John Smith (Reuters)"), "John Smith; Reuters");
    CHECK_STR(names_of("Jane Doe; Jane Doe"), "Jane Doe");
    /* a note of whom the writer wrote for is no author, however long */
    CHECK_STR(names_of("By Jane Roe (Special to the Post)"), "Jane Roe");
    CHECK_STR(names_of("Jane Roe (Correspondent for The Daily Item)"), "Jane Roe");
    /* one of what the names share either, after photographers too */
    CHECK_STR(names_of("By Jane Roe and John Smith (both AP)"), "Jane Roe; John Smith");
    CHECK_STR(names_of("Photos: Jane Roe and John Smith (both AP)"), "");
    CHECK_STR(names_of("Photos: Jane Roe and John Smith"), "");
    /* ... up to a label of the text's own, and a list of what was done
     * is no credit */
    CHECK_STR(names_of("Photos: Jane Roe and text: John Smith"), "John Smith");
    CHECK_STR(names_of("Video and text: Jane Roe"), "Jane Roe");
    CHECK_STR(names_of("Fotos und Text: Max Muster"), "Max Muster");
    /* ... in either order: the writer took the pictures too */
    CHECK_STR(names_of("Text and photos: Jane Roe"), "Jane Roe");
    CHECK_STR(names_of("Text und Fotos: Max Muster"), "Max Muster");
    CHECK_STR(names_of("Texto y fotos: Ana Ruiz"), "Ana Ruiz");
    CHECK_STR(names_of("Words and pictures by Jane Roe"), "Jane Roe");
    /* ... while "Pictures" last is a film studio's name's */
    CHECK_STR(names_of("Sony Pictures"), "Sony Pictures");
    /* a picture credit's whole list names no author, however joined */
    CHECK_STR(names_of("Photos: Jane Roe, John Smith"), "");
    CHECK_STR(names_of("Photos: Jane Roe, John Smith (both AP)"), "");
    CHECK_STR(names_of("Fotos: Erika Muster, Max Beispiel; Text: Anna Muster"), "Anna Muster");
    CHECK_STR(names_of("By Jane Roe, photos: John Smith, Mark Poe"), "Jane Roe");
    CHECK_STR(names_of("Photo by Jane Roe, John Smith"), "");
    /* ... and the agency the pictures came from, after a solidus or in
     * a note; the writer's agency is still credited */
    CHECK_STR(names_of("Photo: Jane Roe/AP"), "");
    CHECK_STR(names_of("Photo: Jane Roe (AP)"), "");
    CHECK_STR(names_of("Photos: Jane Roe (AP), John Smith"), "");
    CHECK_STR(names_of("By Mark Poe, photo: Jane Roe/Reuters"), "Mark Poe");
    CHECK_STR(names_of("Jane Roe/AP"), "Jane Roe; AP");
    /* ... up to a label that brings the text's names */
    CHECK_STR(names_of("Photos: Jane Roe, by John Smith"), "John Smith");
    /* a longer note that names others stays read */
    CHECK_STR(names_of("By Jane Roe (Reporting by Mark Poe)"), "Jane Roe; Mark Poe");
}

/* Korean bylines: a wire's dateline in brackets before the name, square
 * or round ("[서울=뉴시스]"), is no name; an outlet or a desk before a
 * whole name is left out; names of three syllables before one title are
 * as many reporters. */
static void test_korean_bylines(void)
{
    CHECK_STR(names_of("[서울=뉴시스] 홍길동 기자"), "홍길동");
    CHECK_STR(names_of("홍길동 기자 [서울=연합뉴스]"), "홍길동");
    CHECK_STR(names_of("[이데일리 홍길동 기자]"), "홍길동");
    /* a name and its title alone in brackets are no short note */
    CHECK_STR(names_of("[홍길동 기자]"), "홍길동");
    CHECK_STR(names_of(" [ 홍길동 기자 ] "), "홍길동");
    /* an English two words in brackets stay a note ("[Breaking News]") */
    CHECK_STR(names_of("[Breaking News]"), "");
    CHECK_STR(names_of("정치부 홍길동 기자"), "홍길동");
    CHECK_STR(names_of("뉴스1 홍길동 기자"), "홍길동");
    CHECK_STR(names_of("홍길동 김철수 기자"), "홍길동; 김철수");
    /* an outlet's name of three syllables is no reporter's: it does not
     * open with a surname */
    CHECK_STR(names_of("뉴시스 홍길동 기자"), "홍길동");
    CHECK_STR(names_of("더팩트 홍길동 김철수 기자"), "홍길동; 김철수");
    /* a surname of two syllables written apart stays with its name */
    CHECK_STR(names_of("남궁 민수 기자"), "남궁 민수");
    /* a credit written onto the name with '=': the writer's ("글" text)
     * is a label, a picture's ("사진") no author's */
    CHECK_STR(names_of("글·사진=홍길동 기자"), "홍길동");
    CHECK_STR(names_of("글=홍길동 기자"), "홍길동");
    CHECK_STR(names_of("사진=김철수 기자"), "");
    /* ... after a desk as well */
    CHECK_STR(names_of("정치부 글=홍길동 기자"), "홍길동");
    CHECK_STR(names_of("정치부 사진=김철수 기자"), "");
}

/* Chinese and Japanese bylines: a label cut off by a solidus ("文/" text,
 * one character) is no name; a reporter's label written onto the name or
 * ending the outlet's word is left out with the outlet; where the story
 * was reported from is no name; names are listed with the ideographic
 * comma. */
static void test_cjk_bylines(void)
{
    CHECK_STR(names_of("文/王小明"), "王小明");
    CHECK_STR(names_of("文／王小明"), "王小明");
    CHECK_STR(names_of("记者王小明"), "王小明");
    CHECK_STR(names_of("本报记者 王小明"), "王小明");
    /* the outlet, the label and the name as one word */
    CHECK_STR(names_of("本報記者林宸誼"), "林宸誼");
    CHECK_STR(names_of("新华社记者王小明"), "王小明");
    /* "作者" within a word is another's ("工作者", worker) */
    CHECK_STR(names_of("文字工作者王小明"), "文字工作者王小明");
    CHECK_STR(names_of("聯合報 記者林宸誼／即時報導"), "林宸誼");
    CHECK_STR(names_of("記者林宸誼／台北報導"), "林宸誼");
    /* "reported" after the reporter's own name, as a word of its own or
     * written onto the name after the label, ends the name */
    CHECK_STR(names_of("记者王小明报道"), "王小明");
    CHECK_STR(names_of("记者 王小明 报道"), "王小明");
    CHECK_STR(names_of("王小明 报道"), "王小明");
    CHECK_STR(names_of("记者 王小明 通讯员 李四"), "王小明");
    CHECK_STR(names_of("記者 王小明、李四"), "王小明; 李四");
    /* Japanese credits: what each did, joined by a middle dot, before a
     * solidus or a colon ("取材・文", reporting and text) are no name */
    CHECK_STR(names_of("取材・文／山田太郎"), "山田太郎");
    CHECK_STR(names_of("文・写真：山田太郎"), "山田太郎");
    CHECK_STR(names_of("文：山田太郎"), "山田太郎");
    CHECK_STR(names_of("文：山田太郎　写真：鈴木花子"), "山田太郎");
    CHECK_STR(names_of("記者會"), "");
    /* the heading of an author's box ("作者简介", about the author) is no
     * name once its label is cut */
    CHECK_STR(names_of("作者简介"), "");
    CHECK_STR(names_of("作者介紹 王小明"), "");
    CHECK_STR(names_of("作者简介王小明"), "");
}

/* A short note in square brackets is no name, after a name as one in
 * parentheses is not ("[link]", a post's category) and after none ("[Edit]");
 * an agency's is; an email written for robots not to read
 * ("jane[at]example.com") is no name either. */
static void test_author_square_brackets(void)
{
    CHECK_STR(names_of("by Jane Roe [link]"), "Jane Roe");
    CHECK_STR(names_of("by Example Corp [Sponsored Feature]"), "Example Corp");
    CHECK_STR(names_of("By Jane Doe [Reuters]"), "Jane Doe; Reuters");
    CHECK_STR(names_of("Posted by admin [Edit]"), "");
    CHECK_STR(names_of("jane[at]example.com"), "");
    CHECK_STR(names_of("Jane Doe jane(at)example.com"), "Jane Doe");
    /* written with spaces, the marker a word of its own: the words around
     * it are the address's */
    CHECK_STR(names_of("jane [at] example [dot] com"), "");
    CHECK_STR(names_of("Jane Doe, jane [at] example [dot] com"), "Jane Doe");
    CHECK_STR(names_of("Jane Doe (jane [at] example.com)"), "Jane Doe");
    CHECK_STR(names_of("By Jane Doe (at) example.com"), "Jane Doe");
}

static void test_author_noise(void)
{
    CHECK_STR(names_of("John Smith, Staff Writer"), "John Smith");
    CHECK_STR(names_of("Jane Doe Senior Editor"), "Jane Doe");
    /* a surname that is a role word: the role cuts no given name off;
     * after a name, the same two words are that name's desk and role */
    CHECK_STR(names_of("By Jane Writer"), "Jane Writer");
    CHECK_STR(names_of("By Jane Writer on March 3, 2024"), "Jane Writer");
    CHECK_STR(names_of("Jane Roe, Sports Editor"), "Jane Roe");
    CHECK_STR(names_of("By Jane Roe and Tom Editor"), "Jane Roe; Tom Editor");
    /* a longer title after a name, with its desk or agency, is the name's too,
     * and so is the outlet written for */
    CHECK_STR(names_of("By JANE ROE, AP Business Writer"), "JANE ROE");
    CHECK_STR(names_of("By Jane Roe, Associated Press Writer Fri Dec 28, 6:46 AM ET"), "Jane Roe");
    CHECK_STR(names_of("Jane Roe, Senior Political Editor"), "Jane Roe");
    CHECK_STR(names_of("By Jane Roe, For The Associated Press"), "Jane Roe");
    CHECK_STR(names_of("By Jane Roe, Associated Press"), "Jane Roe; Associated Press");
    /* after the role, only an agency: the place it wrote from is none */
    CHECK_STR(names_of("By JANE ROE, AP Business Writer, NEW YORK"), "JANE ROE");
    CHECK_STR(names_of("Jane Roe, Chief Political Correspondent, London"), "Jane Roe");
    CHECK_STR(names_of("Jane Roe, Sports Editor, Washington"), "Jane Roe");
    CHECK_STR(names_of("Jane Roe, Associated Press Writer, Reuters"), "Jane Roe; Reuters");
    /* a desk's credit: a role alone joined to words written small */
    CHECK_STR(names_of("By Staff and news service reports"), "Staff and news service reports");
    CHECK_STR(names_of("Staff and agencies"), "Staff and agencies");
    CHECK_STR(names_of("Staff and Jane Roe"), "Jane Roe");
    /* a desk's credit in place of a name is what the page credits: kept
     * whole, not cut to a word or taken for a given name and a surname;
     * the place after it is no name, an agency is */
    CHECK_STR(names_of("By Special Correspondent"), "Special Correspondent");
    CHECK_STR(names_of("By Our Correspondent"), "Our Correspondent");
    CHECK_STR(names_of("By Staff Reporter"), "Staff Reporter");
    CHECK_STR(names_of("By Our Staff Reporter"), "Our Staff Reporter");
    CHECK_STR(names_of("OUR SPECIAL CORRESPONDENT"), "OUR SPECIAL CORRESPONDENT");
    CHECK_STR(names_of("By Web Desk"), "Web Desk");
    CHECK_STR(names_of("By Special Correspondent, New Delhi"), "Special Correspondent");
    CHECK_STR(names_of("By Staff Writer on March 3, 2024"), "Staff Writer");
    CHECK_STR(names_of("By Staff Writer, Reuters"), "Staff Writer; Reuters");
    CHECK_STR(names_of("John Smith, Special Correspondent"), "John Smith");
    /* a Korean title after the name is left out, its compounds too
     * ("논설위원" editorial writer, "선임기자" senior reporter); written
     * onto the name it is kept, not guessed apart */
    CHECK_STR(names_of("홍길동 기자"), "홍길동");
    CHECK_STR(names_of("홍길동 특파원"), "홍길동");
    CHECK_STR(names_of("홍길동 논설위원"), "홍길동");
    CHECK_STR(names_of("홍길동 선임기자 hong@example.com"), "홍길동");
    CHECK_STR(names_of("홍길동·김철수 기자"), "홍길동; 김철수");
    CHECK_STR(names_of("홍길동기자"), "홍길동기자");
    /* the publication's name before the desk's role is the credit's too */
    CHECK_STR(names_of("Guardian staff and agencies"), "Guardian staff and agencies");
    CHECK_STR(names_of("By Chronicle Staff and wire reports"), "Chronicle Staff and wire reports");
    CHECK_STR(names_of("Guardian staff and agencies, 12 March 2024"), "Guardian staff and agencies");
    /* a post's label after a given name ends it, and the tags after the
     * date are no names */
    CHECK_STR(names_of("Hal Posted to News on 10 November 2012 \xc2\xb7 Comments (6) Other "
                       "stuff like this: dads, daughters, emulator"), "Hal");
    CHECK_STR(names_of("Anna Muster, Redakteurin"), "Anna Muster");
    /* words written small before a role describe it */
    CHECK_STR(names_of("Jan Muster, deutscher Kolumnist"), "Jan Muster");
    CHECK_STR(names_of("Lena Voss, our senior editor"), "Lena Voss");
    CHECK_STR(names_of("By John Smith on November 20, 2016"), "John Smith");
    CHECK_STR(names_of("Von Anna Muster | 20.11.2016, 10:30 Uhr"), "Anna Muster");
    CHECK_STR(names_of("Anna Muster am 20. November 2016"), "Anna Muster");
    /* a weekday written before the date goes with it; "Sun" elsewhere
     * stays a name's (a paper's) */
    CHECK_STR(names_of("Communications Office Tue, 09/03/2024 - 12:00"), "Communications Office");
    CHECK_STR(names_of("by MiniOven \xc2\xbb Sat Jan 20, 2024 7:31 pm"), "MiniOven");
    CHECK_STR(names_of("Dharmesh Shah on Wed, Jan 5, 2011"), "Dharmesh Shah");
    CHECK_STR(names_of("Winnipeg Sun"), "Winnipeg Sun");
    /* "Friday 8 February 2019" in Arabic: a weekday, not a name */
    CHECK_STR(names_of("\xd8\xa7\xd9\x84\xd8\xac\xd9\x85\xd8\xb9\xd8\xa9 8 \xd9\x81\xd9\x8a\xd9\x81\xd8\xb1\xd9\x8a 2019"), "");
    CHECK_STR(names_of("John Smith, Winnipeg Sun, March 3, 2024"), "John Smith; Winnipeg Sun");
    CHECK_STR(names_of("Anna Muster | Sun, March 3, 2024"), "Anna Muster");
    CHECK_STR(names_of("Jane Doe \xc2\xb7 Sun, March 3, 2024"), "Jane Doe");
    CHECK_STR(names_of("Jane Doe on Sun, Mar 3, 2024"), "Jane Doe");
    CHECK_STR(names_of("Matt Tschoegl \xe2\x86\x92"), "Matt Tschoegl");
    /* the time since a post after its writer's name is no second name */
    CHECK_STR(names_of("James Akinaka \xe2\x80\xa2 8h"), "James Akinaka");
    CHECK_STR(names_of("kestrel_ops"), "kestrel_ops");
    CHECK_STR(names_of("Publicado: Mi\xc3\xa9rcoles, 4 de Mayo de 2022 a las 07:46hrs."), "");
    CHECK_STR(names_of("John Smith john.smith@example.com"), "John Smith");
    CHECK_STR(names_of("john@example.com"), "");
    CHECK_STR(names_of("https://example.com/author/john"), "");
    /* a desk's credit alone is what the page credits (a role after a name
     * is the name's) */
    CHECK_STR(names_of("Staff Writer"), "Staff Writer");
    CHECK_STR(names_of("View all posts by John Smith"), "John Smith");
    CHECK_STR(names_of("Aktualisiert am 20.11.2016"), "");
    CHECK_STR(names_of("5 Kommentare"), "");
    CHECK_STR(names_of("Foto: dpa"), "");
    CHECK_STR(names_of("John F."), "John F.");
    CHECK_STR(names_of("责任编辑：焦鹏"), "焦鹏");
    CHECK_STR(names_of("作者： 王小明"), "王小明");
    /* a company's legal form split off by its comma is no one's name */
    CHECK_STR(names_of("Example Media, Inc."), "Example Media");
    CHECK_STR(names_of("Guardian News & Media Limited"), "Guardian News & Media Limited");
    CHECK_STR(names_of("Guardian News and Media Limited 2008"), "Guardian News and Media Limited");
    CHECK_STR(names_of("Anna Muster & Max Beispiel"), "Anna Muster; Max Beispiel");
    CHECK_STR(names_of("Jane Roe, Permalink"), "Jane Roe");
    CHECK_STR(names_of("Joseph Dickerson, trackback"), "Joseph Dickerson");
    CHECK_STR(names_of("Jane Roe, trackbacks"), "Jane Roe");
    CHECK_STR(names_of("Meistgelesen"), "");
    /* a share button's or a comment tool's label, an article alone */
    CHECK_STR(names_of("Tweet"), "");
    CHECK_STR(names_of("The"), "");
    CHECK_STR(names_of("Edit Delete"), "");
    CHECK_STR(names_of("The Canadian Press"), "The Canadian Press");
    CHECK_STR(names_of("David Masters, Website, Other"), "David Masters");
    /* a job title after the name is no second author */
    CHECK_STR(names_of("Scott Zuccarino, Product Manager"), "Scott Zuccarino");
    CHECK_STR(names_of("Tammy McLeod, Software Engineer"), "Tammy McLeod");
    CHECK_STR(names_of("Lena Voss, Director of Harbour Studies"), "Lena Voss");
    /* a time zone after a dateline's time, a VAT number's label */
    CHECK_STR(names_of("Ashok Pradhan, TNN, IST"), "Ashok Pradhan; TNN");
    CHECK_STR(names_of("Giuseppe Marra Communications, Partita IVA"),
              "Giuseppe Marra Communications");
    /* a note of a word or two in parentheses says what someone did; the
     * list of names goes on after it. A longer note may name others. */
    CHECK_STR(names_of("Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)"),
              "Eleanor Ainge Roy; Adrian Malloch");
    CHECK_STR(names_of("Reuters (Reporting by Tim Large; Writing by Eric Walsh)"),
              "Reuters; Tim Large; Eric Walsh");
    /* a nickname in parentheses within a name does not cut it in two */
    CHECK_STR(names_of("Richard (R.J.) Eskow"), "Richard Eskow");
    CHECK_STR(names_of("By Robert (Bob) Lang and Jane Roe"), "Robert Lang; Jane Roe");
    CHECK_STR(names_of("Jane Doe (Reuters)"), "Jane Doe; Reuters");
    /* a degree after the name and a comma is no second name */
    CHECK_STR(names_of("Grant Tinsley, PhD"), "Grant Tinsley");
    CHECK_STR(names_of("Lisa Sanders, M.D., and Tim Large, MA"), "Lisa Sanders; Tim Large");
    CHECK_STR(names_of("Jack Ma"), "Jack Ma");
    /* after the names and their date, where and for what the text was
     * written is no name; a label or a wire's credit after it is */
    CHECK_STR(names_of("By Lena Voss March 11, 2015 3:46 PM Harbour Morning Show"), "Lena Voss");
    CHECK_STR(names_of("Lena Voss, 11.03.2015, Lisbon Daily"), "Lena Voss");
    CHECK_STR(names_of("Lena Voss, March 11, 2015, updated by Tim Large"), "Lena Voss; Tim Large");
    CHECK_STR(names_of("Lena Voss, July 24, 2012 (AP)"), "Lena Voss; AP");
    CHECK_STR(names_of("Posted on March 11, 2015 | Lena Voss"), "Lena Voss");
    /* a conjunction left at the front of a piece; a name may begin with
     * what reads as one elsewhere ("I Made" in Bali) */
    CHECK_STR(names_of("David Joy, Jo Koehn, and Janice Klimek"), "David Joy; Jo Koehn; Janice Klimek");
    CHECK_STR(names_of("I Made Suarjana"), "I Made Suarjana");
    /* an initial is no conjunction, though "e" and "y" are one */
    CHECK_STR(names_of("Michael E. Bakich"), "Michael E. Bakich");
    CHECK_STR(names_of("JANE E. BRODY"), "JANE E. BRODY");
    CHECK_STR(names_of("Marta Ruiz y Pablo Gil"), "Marta Ruiz; Pablo Gil");
    CHECK_STR(names_of("Marco Rossi e Luca Bianchi"), "Marco Rossi; Luca Bianchi");
    CHECK_STR(names_of("and permissions"), "");
    /* the labels of a date, in other languages, once the date is cut away */
    CHECK_STR(names_of("Par \xc3\x89lodie Le Guen Publi\xc3\xa9 le 5 novembre 2024 \xc3\xa0 06h30, "
                       "modifi\xc3\xa9 le 5 novembre 2024 \xc3\xa0 10h12"),
              "\xc3\x89lodie Le Guen");
    CHECK_STR(names_of("Autor: Tomasz Wi\xc5\x9bniewski Opublikowano: 15.07.2024, 09:20 "
                       "Aktualizacja: 15.07.2024, 12:02"),
              "Tomasz Wi\xc5\x9bniewski");
    CHECK_STR(names_of("Por Marta Gil Ortega | Actualizado: 05/02/2024 - 13:12 h."), "Marta Gil Ortega");
}

/* "in" after a name begins where it was written or the post's
 * categories: neither is a name, and after it only names with places of
 * their own are. A sentence's verb is in no name. */
static void test_author_places_and_categories(void)
{
    CHECK_STR(names_of("By Lena Voss in Lisbon"), "Lena Voss");
    CHECK_STR(names_of("Omar Haddad in Gadgets, Reviews, Tips & Tricks"), "Omar Haddad");
    CHECK_STR(names_of("Omar Haddad in News & Reviews"), "Omar Haddad");
    CHECK_STR(names_of("Posted by Omar Haddad, in Travel, Food"), "Omar Haddad");
    CHECK_STR(names_of("By Lena Voss in Lisbon, Omar Haddad in Porto and Ines Roth in Faro"),
              "Lena Voss; Omar Haddad; Ines Roth");
    CHECK_STR(names_of("Lena Voss, Lisbon Desk, at the Expo in Porto"), "Lena Voss; Lisbon Desk");
    /* "In" written large is a name's ("Lee In Sook") */
    CHECK_STR(names_of("Lee In Sook"), "Lee In Sook");
    /* the words before "in" must begin as a name does */
    CHECK_STR(names_of("greatest in the region"), "");
    /* "for" after a name: the outlet written for; not in an
     * organisation's name of one word before it, nor in a title */
    CHECK_STR(names_of("Lena Voss for Harbour Weekly"), "Lena Voss");
    CHECK_STR(names_of("Lena Voss For Harbour Weekly"), "Lena Voss");
    CHECK_STR(names_of("Doctors for Peace"), "Doctors for Peace");
    CHECK_STR(names_of("Busy day for car makers"), "");
    /* a name written twice, once; initials stay */
    CHECK_STR(names_of("Lena Voss Lena Voss"), "Lena Voss");
    CHECK_STR(names_of("R. R."), "R. R.");
    /* a sentence of a bio or a post: its verb is no name's */
    CHECK_STR(names_of("By Lena Voss, Summer is in the air"), "Lena Voss");
    CHECK_STR(names_of("Lena Voss is a Lisbon writer"), "Lena Voss");
    CHECK_STR(names_of("Robots Are Coming"), "");
    /* a "by" after a word written small is a sentence's or a credit's */
    CHECK_STR(names_of("Blog theme by Ines Roth"), "");
    CHECK_STR(names_of("The boots by Sol Verde"), "");
    CHECK_STR(names_of("Copyright 2008 by Lisbon Daily News"), "Lisbon Daily News");
    CHECK_STR(names_of("Story by Lena Voss"), "Lena Voss");
    /* a credit's "by" names who made something else than the text: a
     * picture, a video, the editing */
    CHECK_STR(names_of("Photo by Jacob Marsh"), "");
    CHECK_STR(names_of("Video von Jacob Marsh"), "");
    CHECK_STR(names_of("Reporting by Tim Large; Editing by Eric Walsh"), "Tim Large");
    CHECK_STR(names_of("By Lena Voss, photos by Jacob Marsh"), "Lena Voss");
    /* a list's controls name a field after "by" */
    CHECK_STR(names_of("Search by Name"), "");
    CHECK_STR(names_of("Sort by Operator"), "");
}

/* A site's account is no author; a label left without its name names no
 * one. */
static void test_author_accounts_and_bare_labels(void)
{
    CHECK_STR(names_of("admin"), "");
    CHECK_STR(names_of("Posted by Admin"), "");
    CHECK_STR(names_of("Webmaster"), "");
    CHECK_STR(names_of("Article by"), "");
    CHECK_STR(names_of("Eingestellt von"), "");
    CHECK_STR(names_of("Eingestellt von Lena Voss"), "Lena Voss");
    CHECK_STR(names_of("Ver\xc3\xb6""ffentlicht durch Lena Voss"), "Lena Voss");
    CHECK_STR(names_of("durch Lena Voss"), "Lena Voss");
    CHECK_STR(names_of("nach"), "");
    /* a link's label after "Copyright", a picture's credit */
    CHECK_STR(names_of("Information"), "");
    CHECK_STR(names_of("statement"), "");
    CHECK_STR(names_of("Courtesy of Lisbon Harbour Authority"), "");
    /* a picture's credit in Russian, a list of categories, a French
     * interviewer's label */
    CHECK_STR(names_of("\xd0\xa4\xd0\xbe\xd1\x82\xd0\xbe \xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd "
                       "\xd0\x9f\xd0\xb5\xd1\x82\xd1\x80\xd0\xbe\xd0\xb2"),
              "");      /* "Фото Иван Петров" */
    CHECK_STR(names_of("Reuters, Filed under Health News"), "Reuters");
    CHECK_STR(names_of("Recueilli par Jeanne Morel"), "Jeanne Morel");
    CHECK_STR(names_of("\xd0\x90\xd0\xb2\xd1\x82\xd0\xbe\xd1\x80"), "");     /* "Автор" */
}

static void test_author_plausibility(void)
{
    CHECK(mt_author_plausible("Redaktion", 9));
    CHECK(mt_author_plausible("der Michel", 10));
    CHECK(mt_author_plausible("delta201", 8));
    CHECK(!mt_author_plausible("Read more", 9));
    const char *sentence = "so wird es gemacht und nicht anders";
    CHECK(!mt_author_plausible(sentence, strlen(sentence)));
    CHECK(!mt_author_plausible("Share this article", 18));
    CHECK(!mt_author_plausible("x", 1));
    /* a teaser's cut or its read-more link, and facets of a menu ("Browse
     * by Genre", "Latest / User Rated") */
    static const char *const cuts_and_facets[] = {
        "Weiterlesen \xe2\x80\xa6", "Psst\xe2\x80\xa6 Want to", "heart you.... Queen Michelle",
        "Weiterlesen", "Genre", "User Rated",
    };
    for (size_t i = 0; i < sizeof cuts_and_facets / sizeof cuts_and_facets[0]; i++)
        CHECK(!mt_author_plausible(cuts_and_facets[i], strlen(cuts_and_facets[i])));
    CHECK(mt_author_plausible("J. R. Tolkien", 13));
    CHECK(!mt_author_plausible("\"Quoted\"", 8));
    /* full-width marks are the marks: "published in: Beijing" is no name */
    const char *label_and_place = "发布于： 北京市";
    CHECK(!mt_author_plausible(label_and_place, strlen(label_and_place)));
    CHECK(!mt_author_plausible("李明？", strlen("李明？")));
    CHECK(mt_author_plausible("焦鹏", strlen("焦鹏")));
    /* a copyright line names the holder, not a writer */
    CHECK(!mt_author_plausible("Copyright Toronto Star", 22));
    CHECK(!mt_author_plausible("Copyright", 9));
}

/* A name never ends with a word that leaves a phrase open ("Replying
 * to" above a reply's @handle); a person "of" a place or a shop whose
 * address was cut off after it is the person. Particles inside a name
 * stay. */
static void test_names_do_not_end_open(void)
{
    CHECK(!mt_author_plausible("Replying to", 11));
    CHECK(!mt_author_plausible("Photos from", 11));
    CHECK(mt_author_plausible("Jose de la Cruz", 15));
    CHECK_STR(names_of("Replying to @harbourweekly"), "");
    CHECK_STR(names_of("Posted by Tari of ClayButtons.com"), "Tari");
    CHECK_STR(names_of("Posted by Jose de la Cruz"), "Jose de la Cruz");
    CHECK_STR(names_of("Anna of Cleves"), "Anna of Cleves");
}

/* The word that leads into a relative date ("hace 3 horas", "vor 2
 * Tagen") is no name once the date is cut off after it. */
static void test_relative_date_leaves_no_name(void)
{
    CHECK_STR(names_of("Jacinta Ruiz Pel\xc3\xa1" "ez | Publicado hace 3 horas"),
              "Jacinta Ruiz Pel\xc3\xa1" "ez");
    CHECK_STR(names_of("Jane Roe | hace 2 d\xc3\xad" "as"), "Jane Roe");
    CHECK_STR(names_of("Anna Muster | vor 3 Stunden"), "Anna Muster");
    CHECK_STR(names_of("jdoe 3 hours ago"), "jdoe");
}

/* A day or a moment written small is a teaser's, run on after the
 * byline; capitalised it may be a paper's name. */
static void test_time_words_name_no_one(void)
{
    CHECK(!mt_author_plausible("Updates today", 13));
    CHECK(!mt_author_plausible("Results tonight", 15));
    CHECK(mt_author_plausible("USA Today", 9));
    CHECK_STR(names_of("By Jane Roe - Updates today, results tonight"), "Jane Roe");
}

static int kind_of(const char *line)
{
    return mt_author_byline_kind(line, strlen(line));
}

static void test_user_name_bylines(void)
{
    /* forums and comment systems print user names small, after a label */
    CHECK(kind_of("Posted by spokewrangler \xc2\xb7 7 months ago") == MT_BYLINE_NAMES);
    CHECK(kind_of("Posted by jrmylmb - Tuesday, January 08, 2008") == MT_BYLINE_NAMES);
    CHECK(kind_of("Posted by r23") == MT_BYLINE_NAMES);
    CHECK(kind_of("Beitrag von r23 \xc2\xbb 21.01.2009, 05:42") == MT_BYLINE_NAMES);
    /* where or when a post was posted, between its label and its "by";
     * a date's word after a user's name */
    CHECK(kind_of("Posted on August 3, 2019 by Lena Voss") == MT_BYLINE_NAMES);
    CHECK_STR(names_of("Posted on August 3, 2019 by Lena Voss"), "Lena Voss");
    CHECK(kind_of("Posted in Datenschutz by r23 on August 3, 2019") == MT_BYLINE_NAMES);
    CHECK_STR(names_of("Posted in Datenschutz by r23 on August 3, 2019"), "r23");
    CHECK(kind_of("Posted by spokewrangler on August 3, 2019") == MT_BYLINE_NAMES);
    CHECK(kind_of("Posted in the garden by the lake") == MT_BYLINE_NONE);
    /* a sentence after the name ends it */
    CHECK_STR(names_of("Posted on August 9, 2012 by Harbour Stop. This entry was posted in "
                       "Models."),
              "Harbour Stop");
    CHECK_STR(names_of("By Rev. A. Stephen Pieters"), "Rev. A. Stephen Pieters");
}

/* Bylines in Arabic, Hebrew and Turkish: the label, the name, the date's
 * label and the date's morning mark left out. */
static void test_rtl_and_turkish_bylines(void)
{
    const char *ar = "\xd9\x83\xd8\xaa\xd8\xa8: \xd8\xb3\xd8\xa7\xd9\x85\xd8\xb1 "
                     "\xd8\xa7\xd9\x84\xd8\xad\xd8\xaf\xd8\xa7\xd8\xaf \xd9\x86\xd8\xb4\xd8\xb1 "
                     "\xd9\x81\xd9\x8a: 14 \xd8\xa3\xd8\xa8\xd8\xb1\xd9\x8a\xd9\x84 2024 - 10:35 "
                     "\xd8\xb5";
    CHECK(kind_of(ar) == MT_BYLINE_NAMES);
    CHECK_STR(names_of(ar), "\xd8\xb3\xd8\xa7\xd9\x85\xd8\xb1 \xd8\xa7\xd9\x84\xd8\xad\xd8\xaf\xd8\xa7\xd8\xaf");
    const char *he = "\xd7\x9e\xd7\x90\xd7\xaa: \xd7\xa0\xd7\x95\xd7\xa2\xd7\x94 "
                     "\xd7\x91\xd7\x9f-\xd7\x93\xd7\x95\xd7\x93 | \xd7\xa4\xd7\x95\xd7\xa8\xd7\xa1\xd7\x9d: "
                     "07.03.2024, 14:20";
    CHECK(kind_of(he) == MT_BYLINE_NAMES);
    CHECK_STR(names_of(he), "\xd7\xa0\xd7\x95\xd7\xa2\xd7\x94 \xd7\x91\xd7\x9f-\xd7\x93\xd7\x95\xd7\x93");
    CHECK(kind_of("Yazar: Elif Kaya") == MT_BYLINE_NAMES);
    /* without a colon; an initial, a name that is a month, a name that
     * reads as a label elsewhere */
    CHECK_STR(names_of("\xd8\xa8\xd9\x82\xd9\x84\xd9\x85 \xd8\xa3\xd8\xad\xd9\x85\xd8\xaf "
                       "\xd8\xb9\xd9\x84\xd9\x8a"),
              "\xd8\xa3\xd8\xad\xd9\x85\xd8\xaf \xd8\xb9\xd9\x84\xd9\x8a");
    CHECK(kind_of("\xd8\xa8\xd9\x82\xd9\x84\xd9\x85 \xd8\xa3\xd8\xad\xd9\x85\xd8\xaf "
                  "\xd8\xb9\xd9\x84\xd9\x8a") == MT_BYLINE_NAMES);
    /* a date in Arabic-Indic digits after the name ("- ١٥ مارس ٢٠٢٤") is
     * no second name */
    CHECK_STR(names_of("\xd8\xa8\xd9\x82\xd9\x84\xd9\x85 \xd8\xa3\xd8\xad\xd9\x85\xd8\xaf "
                       "\xd8\xb9\xd9\x84\xd9\x8a - \xd9\xa1\xd9\xa5 \xd9\x85\xd8\xa7\xd8\xb1\xd8\xb3 "
                       "\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa4"),
              "\xd8\xa3\xd8\xad\xd9\x85\xd8\xaf \xd8\xb9\xd9\x84\xd9\x8a");
    CHECK_STR(names_of("\xd8\xa3\xd8\xad\xd9\x85\xd8\xaf \xd9\x85. \xd8\xb3\xd8\xb9\xd9\x8a\xd8\xaf"),
              "\xd8\xa3\xd8\xad\xd9\x85\xd8\xaf \xd9\x85. \xd8\xb3\xd8\xb9\xd9\x8a\xd8\xaf");
    CHECK_STR(names_of("By Ali Kas\xc4\xb1m"), "Ali Kas\xc4\xb1m");
    CHECK_STR(names_of("By Yazan Hamdan"), "Yazan Hamdan");
    /* a heading, a sentence */
    CHECK(kind_of("By default") == MT_BYLINE_NONE);
    CHECK(kind_of("Posted by the end of the week we will know") == MT_BYLINE_NONE);
    /* after other labels a small word says how it was done */
    CHECK(kind_of("Interview by telephone") == MT_BYLINE_NONE);
    CHECK(kind_of("Written by hand.") == MT_BYLINE_NONE);
    CHECK(kind_of("Published by elsevier") == MT_BYLINE_NONE);
}

/* What a line near the headline is to the byline search. Most lines are
 * ruled out before their words are folded: these sit on both sides of that
 * shortcut (a "by" word or a colon among the first five words, one word
 * alone). */
/* A facet of a menu offers a choice ("By Course or Type"), and "von ...
 * bis" runs a range: neither names anyone. Names joined by "and" and a
 * byline "von" someone stay. */
static void test_choices_and_ranges_name_no_one(void)
{
    CHECK(!mt_author_plausible("Course or Type", 14));
    CHECK(!mt_author_plausible("Datum oder Name", 15));
    CHECK_STR(names_of("By Course or Type"), "");
    CHECK_STR(names_of("By Jane Roe and John Smith"), "Jane Roe; John Smith");
    CHECK(mt_author_plausible("Or Cohen", 8));
    CHECK(kind_of("Von Atemschutzmaske \xc3\xbc" "ber Exit-Strategie bis Zoonose") ==
          MT_BYLINE_NONE);
    CHECK(kind_of("Von Anna Muster und Max Beispiel") == MT_BYLINE_NAMES);
}

static void test_byline_kinds(void)
{
    CHECK(kind_of("By Anna Muster") == MT_BYLINE_NAMES);
    CHECK(kind_of("BY, Anna Muster") == MT_BYLINE_NAMES);
    CHECK(kind_of("Text: Anna Muster") == MT_BYLINE_NAMES);
    CHECK(kind_of("Ein Beitrag von Anna Muster") == MT_BYLINE_NAMES);
    CHECK(kind_of("Alle Artikel von Max Beispiel") == MT_BYLINE_NAMES);
    CHECK(kind_of("Автор: Иван Петров") == MT_BYLINE_NAMES);
    /* the full-width colon of Chinese text, after the portals' labels */
    CHECK(kind_of("责任编辑： 焦鹏") == MT_BYLINE_NAMES);
    CHECK(kind_of("作者： 王小明") == MT_BYLINE_NAMES);
    CHECK(kind_of("記者：") == MT_BYLINE_LABEL);
    CHECK(kind_of("发布于： 北京市") == MT_BYLINE_NONE);
    /* no space after the colon, as Chinese is written */
    CHECK(kind_of("责任编辑：焦鹏") == MT_BYLINE_NAMES);
    CHECK(kind_of("记者：：") == MT_BYLINE_LABEL);
    CHECK(kind_of("发布于：北京市") == MT_BYLINE_NONE);
    CHECK(kind_of("Autor") == MT_BYLINE_LABEL);
    CHECK(kind_of("Written by:") == MT_BYLINE_LABEL);
    CHECK(kind_of("Home News Sport Kultur") == MT_BYLINE_NONE);
    CHECK(kind_of("von den insgesamt 27 Schüssen") == MT_BYLINE_NONE);
    CHECK(kind_of("Die Rede von Anna Muster") == MT_BYLINE_NONE);
    CHECK(kind_of("eins zwei drei vier fünf by Anna Muster") == MT_BYLINE_NONE);
    /* dashes or a bullet before the label */
    CHECK(kind_of("---- by Anna Muster") == MT_BYLINE_NAMES);
    CHECK(kind_of("\xe2\x80\x94 By Anna Muster") == MT_BYLINE_NAMES);     /* "— By" */
    CHECK(kind_of("- by the way") == MT_BYLINE_NONE);
    CHECK(kind_of("Muster") == MT_BYLINE_NONE);
    CHECK(kind_of("") == MT_BYLINE_NONE);
    /* the word lists are searched by halves: they must stay sorted */
    CHECK(mt_author_lists_ok());
    CHECK(mt_meta_keys_ok());
    /* the generated filter of the class hint words matches the lists */
    CHECK(mt_meta_hint_prefixes_ok());
}

/* The kept part of a title after the site name is stripped. */
static const char *strip(const char *title, const char *site, const char *host)
{
    static char buf[256];
    size_t a, n;
    mt_title_strip_site(title, strlen(title), site, site ? strlen(site) : 0, host,
                        host ? strlen(host) : 0, &a, &n);
    memcpy(buf, title + a, n);
    buf[n] = '\0';
    return buf;
}

static void test_title_site_names(void)
{
    CHECK_STR(strip("A long headline here | Example News", "Example News", NULL),
              "A long headline here");
    CHECK_STR(strip("Example News: A long headline", "Example News", NULL), "A long headline");
    CHECK_STR(strip("Example News - A long headline", "Example News", NULL), "A long headline");
    CHECK_STR(strip("Prison official: 'Anyone' could escape - Cayman Compass", NULL,
                    "caymancompass.com"), "Prison official: 'Anyone' could escape");
    CHECK_STR(strip("Klimaschutz: Bohren, bis es heiß wird | ZEIT ONLINE", NULL, "zeit.de"),
              "Klimaschutz: Bohren, bis es heiß wird");
    CHECK_STR(strip("Headline | Section | Example", "Example", NULL), "Headline | Section");
    /* nothing names the site: a short tail goes */
    CHECK_STR(strip("What the council decided on Monday - The Daily", NULL, NULL),
              "What the council decided on Monday");
    /* a dash inside a headline stays when both sides are long */
    CHECK_STR(strip("Leipzig - Dresden: the derby nobody expected to end like this", NULL, NULL),
              "Leipzig - Dresden: the derby nobody expected to end like this");
    /* a short tail that numbers a part of a series is the page's own */
    CHECK_STR(strip("Restoring a 1962 Land Rover Series IIA - Part 4: The Chassis", NULL, NULL),
              "Restoring a 1962 Land Rover Series IIA - Part 4: The Chassis");
    CHECK_STR(strip("Eine Reise durch das Baltikum - Teil 2", NULL, NULL),
              "Eine Reise durch das Baltikum - Teil 2");
    CHECK_STR(strip("The lighthouse keeper's daughter - Chapter 12", NULL, NULL),
              "The lighthouse keeper's daughter - Chapter 12");
    CHECK_STR(strip("A short history of the partnership - Partners", NULL, NULL),
              "A short history of the partnership");
    CHECK_STR(strip("No separators at all", "Site", NULL), "No separators at all");
    /* the same first word on both sides: the site's name when the first
     * segment is written as one, the headline's start when it holds a
     * score or a word written small */
    CHECK_STR(strip("CTV Toronto - Police find the missing fisherman - CTV News", NULL, NULL),
              "Police find the missing fisherman");
    CHECK_STR(strip("Liverpool 2-0 Chelsea - five things we learned from it - Liverpool Echo",
                    NULL, NULL),
              "Liverpool 2-0 Chelsea - five things we learned from it");
    CHECK_STR(strip("Apple Watch review - the best smart watch yet for most - Apple World",
                    NULL, NULL),
              "Apple Watch review - the best smart watch yet for most");
    /* the site's name on both sides of the headline, unknown to us: the
     * first and last segments open with the same word */
    CHECK_STR(strip("CBX Harbourtown - Police recover a lost fishing boat - CBX News, Weather "
                    "and Sports -- Coastal Television", NULL, NULL),
              "Police recover a lost fishing boat");
    CHECK_STR(strip("Example | The council votes on the new budget tonight | Example Politics",
                    NULL, NULL),
              "The council votes on the new budget tonight");
    CHECK_STR(strip("Example: The council votes on the new budget tonight - Example", NULL, NULL),
              "The council votes on the new budget tonight");
    /* before a colon, a word the last segment opens with is a topic */
    CHECK_STR(strip("Brexit: The deal is defeated again in the Commons - Brexit News", NULL,
                    NULL),
              "Brexit: The deal is defeated again in the Commons");
    /* a headline of many words is no site's name for holding a short
     * label of the host ("want" holds "ant")... */
    CHECK_STR(strip("Ant Blog | Eight plants that want more light than you think", NULL,
                    "blog.ant.example"),
              "Eight plants that want more light than you think");
    /* ... but a long name that is mostly the host's label is the site's */
    CHECK_STR(strip("Growing tomatoes indoors in a cold winter | The Complete Guide to Quiet "
                    "Gardening", NULL, "quietgardening.example"),
              "Growing tomatoes indoors in a cold winter");
    /* a site's name is said once: when the first segment is the name,
     * a last one that holds it with words around it is the headline */
    CHECK_STR(strip("harbourmaps.example - News - Tide tables in high resolution on "
                    "Harbourmaps.example", "harbourmaps.example", "www.harbourmaps.example"),
              "News - Tide tables in high resolution on Harbourmaps.example");
    CHECK_STR(strip("Tide tables in high resolution on Harbourmaps.example - News", NULL,
                    "www.harbourmaps.example"),
              "Tide tables in high resolution on Harbourmaps.example");
    /* CJK titles set their separators without spaces: a dash or an
     * underscore between CJK characters, a full-width bar */
    CHECK_STR(strip("\xe5\xb8\x82\xe6\xb0\x91\xe5\x9c\xa8\xe5\x85\xac\xe5\x9b\xad"
                    "\xe7\x9c\x8b\xe6\xa8\xb1\xe8\x8a\xb1\xef\xbc\x81-\xe7\xa4\xba\xe4\xbe\x8b"
                    "\xe7\xbd\x91", NULL, NULL),
              "\xe5\xb8\x82\xe6\xb0\x91\xe5\x9c\xa8\xe5\x85\xac\xe5\x9b\xad"
              "\xe7\x9c\x8b\xe6\xa8\xb1\xe8\x8a\xb1\xef\xbc\x81");
    CHECK_STR(strip("\xe5\xb8\x82\xe6\xb0\x91\xe5\x9c\xa8\xe5\x85\xac\xe5\x9b\xad"
                    "\xe7\x9c\x8b\xe6\xa8\xb1\xe8\x8a\xb1 _\xe7\xa7\x91\xe6\x8a\x80"
                    "_\xe7\xa4\xba\xe4\xbe\x8b\xe7\xbd\x91", NULL, NULL),
              "\xe5\xb8\x82\xe6\xb0\x91\xe5\x9c\xa8\xe5\x85\xac\xe5\x9b\xad"
              "\xe7\x9c\x8b\xe6\xa8\xb1\xe8\x8a\xb1");
    /* ... but a dash between Latin letters in a CJK title is a word's */
    CHECK_STR(strip("\xe5\xb8\x82\xe6\xb0\x91\xe7\x94\xa8Wi-Fi\xe7\x9c\x8b\xe6\xa8\xb1"
                    "\xe8\x8a\xb1", NULL, NULL),
              "\xe5\xb8\x82\xe6\xb0\x91\xe7\x94\xa8Wi-Fi\xe7\x9c\x8b\xe6\xa8\xb1"
              "\xe8\x8a\xb1");
    /* a site's name and a section before the headline, nothing to name
     * them: both go */
    CHECK_STR(strip("Example.com | Sports | Harbour club wins the regional cup again", NULL,
                    NULL),
              "Harbour club wins the regional cup again");
    /* a blog template's archive: the post's title follows it, however
     * short */
    CHECK_STR(strip("Quiet Rooms \xc2\xbb Blog Archive \xc2\xbb Two Chairs", NULL, NULL),
              "Two Chairs");
    /* a separator inside brackets is a part's own; a bracket never closed
     * opens nothing */
    CHECK_STR(strip("Night Rain on the River - Lin Wei Hao (Ye Yu - Lin Wei) - Lyrics Blog",
                    NULL, NULL),
              "Night Rain on the River - Lin Wei Hao (Ye Yu - Lin Wei)");
    CHECK_STR(strip("Night Rain on the River (Live version | Lyrics Blog", NULL, NULL),
              "Night Rain on the River (Live version");
    /* the site's name between marks is all the title there is */
    CHECK_STR(strip(":: N A D W A T U L U L A M A ::", NULL, "www.nadwatululama.org"),
              ":: N A D W A T U L U L A M A ::");
}

/* The kept part of a site name. */
static const char *site_name(const char *name)
{
    static char buf[256];
    size_t a, n;
    mt_title_site_name(name, strlen(name), &a, &n);
    memcpy(buf, name + a, n);
    buf[n] = '\0';
    return buf;
}

/* A site name with its tagline, or a headline beside it, is the name. */
static void test_site_names(void)
{
    CHECK_STR(site_name("Zillow Blog - Real Estate Market Stats, Celebrity Real Estate, and "
                        "Zillow News"), "Zillow Blog");
    CHECK_STR(site_name("Land zahlte rund 1,4 Millionen Euro Erlegungspr\xc3\xa4mie | MLUK"),
              "MLUK");
    CHECK_STR(site_name("Frollein Herr | Information und Inspiration rund um Fashion"),
              "Frollein Herr");
    /* names without a tagline, and a colon, stay whole */
    CHECK_STR(site_name("The New York Times"), "The New York Times");
    CHECK_STR(site_name("Signal - Noise"), "Signal - Noise");
    CHECK_STR(site_name("Crocs: Wie die Schuhmarke mit mutigen Releases Rekorde macht"),
              "Crocs: Wie die Schuhmarke mit mutigen Releases Rekorde macht");
    /* a page's or section's word is not the name */
    CHECK_STR(site_name("Home | Acme Widgets International Inc"),
              "Home | Acme Widgets International Inc");
    CHECK_STR(site_name("Startseite - Bundesministerium f\xc3\xbcr Bildung und Forschung"),
              "Startseite - Bundesministerium f\xc3\xbcr Bildung und Forschung");
    CHECK_STR(site_name("Welcome to Example - the best site for examples on the web"),
              "Welcome to Example - the best site for examples on the web");
    /* a full-width bar sets a CJK site's tagline apart; an underscore
     * between CJK characters is the name's own */
    CHECK_STR(site_name("\xe6\x96\xb0\xe9\x97\xbb\xe7\xa8\xbf\xe5\x8f\x91\xe5\xb8\x83"
                        "\xe6\x9c\x8d\xe5\x8a\xa1\xef\xbd\x9c" "EXAMPLE WIRE"), "EXAMPLE WIRE");
    CHECK_STR(site_name("\xe5\xb0\x8f\xe6\x98\x8e\xe7\x9a\x84\xe5\xae\xb6_\xe8\x93\x9d\xe5\xa4\xa9"),
              "\xe5\xb0\x8f\xe6\x98\x8e\xe7\x9a\x84\xe5\xae\xb6_\xe8\x93\x9d\xe5\xa4\xa9");
}

static double title_similarity(const char *a, size_t alen, const char *b, size_t blen)
{
    uint32_t wa[MT_TITLE_MAX_WORDS], wb[MT_TITLE_MAX_WORDS];
    size_t na = mt_meta_words(a, alen, wa, MT_TITLE_MAX_WORDS);
    size_t nb = mt_meta_words(b, blen, wb, MT_TITLE_MAX_WORDS);
    return mt_title_similarity_words(wa, na, wb, nb);
}

static void test_title_similarity(void)
{
    const char *a = "Bohren, bis es heiß wird";
    const char *b = "Klimaschutz: Bohren, bis es heiß wird";
    CHECK(title_similarity(a, strlen(a), b, strlen(b)) > 0.85);
    CHECK(mt_title_words_within(a, strlen(a), b, strlen(b)));
    CHECK(!mt_title_words_within(b, strlen(b), a, strlen(a)));
    /* the words shared in order, not each word's first match: "why"
     * matched at the end of the longer title would leave nothing after */
    const char *w1 = "Why a heat pump pays off";
    const char *w2 = "Heat pump in an old house: when it pays off, and why";
    CHECK(title_similarity(w1, strlen(w1), w2, strlen(w2)) >= 0.5);
    const char *c = "Something else entirely";
    CHECK(title_similarity(a, strlen(a), c, strlen(c)) == 0.0);
    const char *j1 = "子どもへの体罰を禁止", *j2 = "NEWS WEB EASY|子どもへの体罰を禁止";
    CHECK(mt_title_words_within(j1, strlen(j1), j2, strlen(j2)));
}

static const char *url_date(const char *url)
{
    static char buf[32];
    mt_date d;
    if (!mt_url_date(url, strlen(url), &d))
        return "none";
    mt_date_format(&d, buf);
    return buf;
}

/* Words are folded for comparing: capitals of every bicameral script to
 * small letters, and final sigma to sigma, so that a word in capitals
 * ("ΤΗΣ") is the word written small ("της"); the result fits or is none. */
static void test_word_fold(void)
{
    char out[64];
    CHECK(mt_meta_fold("ΤΗΣ", strlen("ΤΗΣ"), out, sizeof out) == strlen("τησ"));
    CHECK(strcmp(out, "τησ") == 0);
    mt_meta_fold("της", strlen("της"), out, sizeof out);
    CHECK(strcmp(out, "τησ") == 0);
    mt_meta_fold("Über ПРАВДА Mixed", strlen("Über ПРАВДА Mixed"), out, sizeof out);
    CHECK(strcmp(out, "über правда mixed") == 0);
    CHECK(mt_meta_fold("ΤΗΣ", strlen("ΤΗΣ"), out, 6) == 0);     /* no room for the NUL */
    CHECK(mt_meta_fold("ΤΗΣ", strlen("ΤΗΣ"), out, 7) == 6);
}

/* The searches the stage's hot loops use: a needle in any ASCII case (found
 * by memchr on its first byte, in either case), the first digit (read eight
 * bytes at a time: each place in a word is tried), white space collapsed
 * around words copied whole. */
static void test_text_search(void)
{
    const char *s = "Display: NONE; color:red";
    CHECK(mt_meta_find_ci(s, strlen(s), "display: none") == s);
    CHECK(mt_meta_find_ci(s, strlen(s), "none;") == s + 9);
    CHECK(mt_meta_find_ci(s, strlen(s), "red") == s + 21);
    CHECK(mt_meta_find_ci(s, strlen(s), "reds") == NULL);
    CHECK(mt_meta_find_ci(s, strlen(s), "Display") == NULL);     /* needles are lowercase */
    CHECK(mt_meta_find_ci(s, strlen(s), ": n") == s + 7);
    CHECK(mt_meta_find_ci("\xc2\xa9 2020 ACME", 11, "\xc2\xa9") != NULL);
    CHECK(mt_meta_find_ci("ab", 2, "abc") == NULL);
    char buf[40];
    for (size_t at = 0; at < 24; at++) {
        memset(buf, 'x', sizeof buf);
        buf[5] = (char)0xB9;            /* a UTF-8 byte whose low bits are a digit's */
        buf[at + 6] = '7';
        CHECK(mt_meta_first_digit(buf, sizeof buf) == at + 6);
        CHECK(mt_meta_first_digit(buf, at + 6) == at + 6);
    }
    char text[] = "a  b\t\tc\xc2\xa0" "d  efg";
    size_t n = mt_meta_collapse(text, strlen(text));
    CHECK(n == 11 && memcmp(text, "a b c d efg", 11) == 0);
    /* mt_meta_find_any_ci finds what mt_meta_find_ci finds of any word */
    static const char *const words[] = { "updated", "mis \xc3\xa0 jour", "Capital", "\xd0\xbe\xd0\xb1",
                                         "zz" };
    static const char *const short_words[] = { "q", "updated" };
    const char *texts[] = { "Last UPDATED: 2 May", "MIS \xc3\xa0 JOUR", "Capital", "capital",
                            "\xd0\xbe\xd0\xb1\xd0\xbd", "xz", "z", "upd", "", "Zz", "Q" };
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        size_t len = strlen(texts[t]);
        for (size_t cut = 0; cut <= len; cut++) {
            int any = 0, any_short = 0;
            for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
                any |= mt_meta_find_ci(texts[t], cut, words[k]) != NULL;
            for (size_t k = 0; k < sizeof short_words / sizeof short_words[0]; k++)
                any_short |= mt_meta_find_ci(texts[t], cut, short_words[k]) != NULL;
            CHECK(mt_meta_find_any_ci(texts[t], cut, words, 5) == any);
            CHECK(mt_meta_find_any_ci(texts[t], cut, short_words, 2) == any_short);
        }
    }
    CHECK(mt_meta_find_any_ci("Last Updated", 12, words, 5) == 1);
    CHECK(mt_meta_find_any_ci("capital", 7, words, 5) == 0);
}

/* The marks between the parts of a meta line, and nothing cut short. */
static void test_meta_part_marks(void)
{
    const char *s = "4 min | 812 words \xc2\xb7 Kenji \xe2\x80\xa2 x\xc2\xa0y";
    const char *end = s + strlen(s);
    CHECK_INT((int)mt_meta_part_mark_at(s + 6, end), 1);
    CHECK_INT((int)mt_meta_part_mark_at(s + 18, end), 2);
    CHECK_INT((int)mt_meta_part_mark_at(s + 27, end), 3);
    CHECK_INT((int)mt_meta_part_mark_at(s, end), 0);
    CHECK_INT((int)mt_meta_part_mark_at(s + 32, end), 0);       /* a no-break space */
    CHECK_INT((int)mt_meta_part_mark_at(s + 27, s + 29), 0);    /* a bullet cut short */
    CHECK_INT((int)mt_meta_part_mark_at(s + 18, s + 19), 0);
}

static void test_url_dates(void)
{
    CHECK_STR(url_date("https://example.com/2016/11/20/some-title/"), "2016-11-20");
    CHECK_STR(url_date("https://example.com/news/2017/7/12/title"), "2017-07-12");
    CHECK_STR(url_date("https://example.com/2016-11-20-some-title"), "2016-11-20");
    CHECK_STR(url_date("https://example.com/blog/20161120/title.html"), "2016-11-20");
    CHECK_STR(url_date("https://example.com/2016/11/some-title"), "none");
    CHECK_STR(url_date("https://example.com/article/12345678"), "none");
    CHECK_STR(url_date("https://example.com/item?id=20161120"), "none");
    CHECK_STR(url_date("https://example.com/1985/01/01/old"), "none");
    CHECK_STR(url_date("https://example.com/p/2016_11_20_title"), "2016-11-20");
}

static void test_url_host(void)
{
    const char *h;
    size_t n;
    CHECK(mt_url_host("https://www.example.com:8080/x", 30, &h, &n));
    CHECK_SLICE(h, n, "example.com");
    CHECK(!mt_url_host("/relative/path", 14, &h, &n));
}

static void test_text_cleaning(void)
{
    size_t n;
    const char *html = "  <b>Bo</b>ld&amp;  more\n<p>text</p>&#8211; &#x41;&nbsp;x ";
    char *s = mt_meta_strip_dup(&arena, html, strlen(html), &n);
    CHECK_STR(s, "Bold& more text \xe2\x80\x93 A x");
    s = mt_meta_clean_dup(&arena, "\xc2\xa0 a \xe2\x80\x8b b\t\n", 12, &n);
    CHECK_STR(s, "a b");
    s = mt_meta_strip_dup(&arena, "1 < 2 & 3 > 2", 13, &n);
    CHECK_STR(s, "1 < 2 & 3 > 2");
    /* text in angle brackets that names no HTML element is text; tags
     * with attributes, HTML's own and comments go */
    html = "std::vector&lt;int&gt; and the <algorithm> header";
    s = mt_meta_strip_dup(&arena, html, strlen(html), &n);
    CHECK_STR(s, "std::vector<int> and the <algorithm> header");
    html = "<a href='/x'>Read</a> this<br/>now<!-- note --> <Span class=k>here</SPAN>";
    s = mt_meta_strip_dup(&arena, html, strlen(html), &n);
    CHECK_STR(s, "Read this now here");
    /* custom and namespaced elements are tags too (a word processor's
     * <o:p>, a widget's <fb:like>, <amp-img>) */
    html = "<o:p>Quarterly</o:p> results <amp-img src='a.jpg'></amp-img>and <x-name>Doe</x-name>";
    s = mt_meta_strip_dup(&arena, html, strlen(html), &n);
    CHECK_STR(s, "Quarterly results and Doe");
    char f[32];
    CHECK(mt_meta_fold("ÄÖÜ Łódź НОЯБРЯ", strlen("ÄÖÜ Łódź НОЯБРЯ"), f, sizeof f) > 0);
    CHECK_STR(f, "äöü łódź ноября");
}

/* ---------------------------------------------------------------- JSON-LD */

static mt_ld_set set;

static void read_ld(const char *json)
{
    CHECK_INT(mt_ld_read_block(&arena, json, strlen(json), &set), MT_OK);
}

/* JSON wrapped in CDATA markers with nothing before them, as pages
 * written out as XHTML carry it, is read. */
static void test_ld_cdata(void)
{
    memset(&set, 0, sizeof set);
    read_ld("\n  <![CDATA[\n  {\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            "\"headline\":\"Ferry timetable changes\"}\n  ]]>\n");
    CHECK_INT(set.n, 1);
    const mt_ld_item *it = mt_ld_main_item(&set, NULL);
    CHECK(it != NULL);
    if (it)
        CHECK_STR(it->headline, "Ferry timetable changes");
}

static void test_ld_article(void)
{
    memset(&set, 0, sizeof set);
    read_ld("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            "\"headline\":\"Council &amp; city agree\",\"datePublished\":\"2019-10-19T08:00:00+02:00\","
            "\"dateModified\":\"2019-10-20\",\"author\":[{\"@type\":\"Person\",\"name\":\"Anna Muster\"},"
            "{\"@type\":\"Person\",\"name\":\"By Max Beispiel\"}],"
            "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\",\"logo\":{\"url\":\"x\"}},"
            "\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://example.com/a.jpg\"},"
            "\"keywords\":[\"council\",\"city\"],\"articleSection\":\"Politics\"}");
    CHECK_INT(set.n, 1);
    const mt_ld_item *it = mt_ld_main_item(&set, NULL);
    CHECK(it != NULL);
    if (!it)
        return;
    CHECK_INT(it->kind, MT_LD_ARTICLE);
    CHECK_STR(it->headline, "Council & city agree");
    CHECK_STR(it->date_published, "2019-10-19T08:00:00+02:00");
    CHECK_STR(it->publisher, "Example News");
    CHECK_STR(it->image, "https://example.com/a.jpg");
    CHECK_STR(it->keywords, "council, city");
    CHECK_STR(it->section, "Politics");
    CHECK_INT(it->authors.n, 2);
    CHECK_STR(it->authors.name[1], "Max Beispiel");
}

static void test_ld_graph_and_references(void)
{
    memset(&set, 0, sizeof set);
    read_ld("{\"@context\":\"https://schema.org\",\"@graph\":["
            "{\"@type\":\"WebSite\",\"@id\":\"https://example.com/#website\",\"name\":\"Example Blog\"},"
            "{\"@type\":\"WebPage\",\"@id\":\"https://example.com/post/\",\"url\":\"https://example.com/post/\","
            "\"datePublished\":\"2019-01-01\"},"
            "{\"@type\":[\"Article\"],\"@id\":\"https://example.com/post/#article\","
            "\"headline\":\"The post\",\"author\":{\"@id\":\"https://example.com/#/person/1\"},"
            "\"datePublished\":\"2019-01-02\"},"
            "{\"@type\":\"Person\",\"@id\":\"https://example.com/#/person/1\",\"name\":\"Jane Doe\"}]}");
    CHECK_INT(set.n, 4);
    const mt_ld_item *it = mt_ld_main_item(&set, "https://example.com/post/");
    CHECK(it && it->kind == MT_LD_ARTICLE);
    if (!it)
        return;
    mt_names names = { { 0 }, 0 };
    CHECK_INT(mt_ld_authors(&arena, &set, it, &names), 0);
    CHECK_INT(names.n, 1);
    CHECK_STR(names.name[0], "Jane Doe");
    const mt_ld_item *site = mt_ld_first_of(&set, MT_LD_WEBSITE);
    CHECK(site && site->site_name && strcmp(site->site_name, "Example Blog") == 0);
}

static void test_ld_picks_the_item_of_this_page(void)
{
    memset(&set, 0, sizeof set);
    /* related articles first, this page's article second, matched by url */
    read_ld("[{\"@type\":\"NewsArticle\",\"url\":\"https://example.com/other\",\"headline\":\"Other\","
            "\"datePublished\":\"2019-01-01\"},"
            "{\"@type\":\"NewsArticle\",\"url\":\"http://www.example.com/this/\",\"headline\":\"This\","
            "\"datePublished\":\"2019-02-02\"}]");
    const mt_ld_item *it = mt_ld_main_item(&set, "https://example.com/this");
    CHECK(it && strcmp(it->headline, "This") == 0);
    /* without a page URL: the first article */
    it = mt_ld_main_item(&set, NULL);
    CHECK(it && strcmp(it->headline, "Other") == 0);
}

static void test_ld_main_entity(void)
{
    memset(&set, 0, sizeof set);
    read_ld("{\"@type\":\"WebPage\",\"name\":\"Page\",\"mainEntity\":{\"@type\":\"BlogPosting\","
            "\"headline\":\"Nested post\",\"author\":\"Jane Doe\"}}");
    const mt_ld_item *it = mt_ld_main_item(&set, NULL);
    CHECK(it && it->kind == MT_LD_BLOGPOSTING && strcmp(it->headline, "Nested post") == 0);
}

static void test_ld_malformed(void)
{
    memset(&set, 0, sizeof set);
    read_ld("{\"@type\": \"NewsArticle\", \"headline\": \"Unclosed");
    read_ld("not json at all");
    read_ld("");
    CHECK_INT(set.n, 0);
    CHECK_INT(set.malformed, 3);
    /* sloppy but readable: comments, trailing commas, raw newlines, a wrapper */
    read_ld("<!-- {\"@type\":\"Article\",\"headline\":\"Line\nbreak\",} -->");
    CHECK_INT(set.n, 1);
    CHECK_STR(set.item[0].headline, "Line break");
    /* deep nesting is refused by the reader, not by our stack */
    char deep[4096];
    size_t n = 0;
    for (int i = 0; i < 1000; i++)
        deep[n++] = '[';
    deep[n] = '\0';
    read_ld(deep);
    CHECK_INT(set.n, 1);
}

static void test_ld_many_items_are_capped(void)
{
    memset(&set, 0, sizeof set);
    char buf[20000];
    size_t n = 0;
    buf[n++] = '[';
    for (int i = 0; i < 200; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s{\"@type\":\"Article\",\"headline\":\"h%d\"}",
                              i ? "," : "", i);
    buf[n++] = ']';
    buf[n] = '\0';
    read_ld(buf);
    CHECK(set.n <= MT_LD_MAX_ITEMS);
    CHECK(set.n > 0);
}

int main(void)
{
    mt_arena_init(&arena, NULL, 0, 0);
    RUN(test_word_fold);
    RUN(test_author_prefixes);
    RUN(test_author_lists);
    RUN(test_author_noise);
    RUN(test_korean_bylines);
    RUN(test_cjk_bylines);
    RUN(test_author_square_brackets);
    RUN(test_author_places_and_categories);
    RUN(test_author_accounts_and_bare_labels);
    RUN(test_user_name_bylines);
    RUN(test_rtl_and_turkish_bylines);
    RUN(test_byline_kinds);
    RUN(test_choices_and_ranges_name_no_one);
    RUN(test_author_plausibility);
    RUN(test_names_do_not_end_open);
    RUN(test_relative_date_leaves_no_name);
    RUN(test_time_words_name_no_one);
    RUN(test_site_names);
    RUN(test_title_site_names);
    RUN(test_title_similarity);
    RUN(test_url_dates);
    RUN(test_url_host);
    RUN(test_text_cleaning);
    RUN(test_text_search);
    RUN(test_meta_part_marks);
    RUN(test_ld_article);
    RUN(test_ld_cdata);
    RUN(test_ld_graph_and_references);
    RUN(test_ld_picks_the_item_of_this_page);
    RUN(test_ld_main_entity);
    RUN(test_ld_malformed);
    RUN(test_ld_many_items_are_capped);
    mt_arena_release(&arena);
    return harness_finish();
}
