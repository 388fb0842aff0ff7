/* test_dates.c -- the date parser of the metadata stage: every form and
 * language it claims, what it must refuse, plausibility and relative dates. */
#include "harness.h"
#include "metadata/meta_internal.h"
#include "metadata/metadata.h"

/* 2026-11-29 12:00 UTC, a fixed "now" */
#define NOW 1795953600LL

/* Parses the first date in `text` and returns it formatted, or "none". */
static const char *find(const char *text, mt_date_order order, unsigned flags)
{
    static char buf[64];
    mt_date d;
    if (!mt_date_find(text, strlen(text), order, flags, &d, NULL, NULL))
        return "none";
    mt_date_format(&d, buf);
    return buf;
}

#define DATE(text, expect) CHECK_STR(find((text), MT_DATE_ORDER_UNKNOWN, 0), (expect))
#define ADATE(text, expect) \
    CHECK_STR(find((text), MT_DATE_ORDER_UNKNOWN, MT_DATE_ARABIC_DIGITS), (expect))

static void test_iso_forms(void)
{
    DATE("2016-11-20", "2016-11-20");
    DATE("2016-11-20T10:30:00+01:00", "2016-11-20T10:30:00+01:00");
    DATE("2016-11-20T10:30:00.123Z", "2016-11-20T10:30:00Z");
    DATE("2016-11-20T10:30Z", "2016-11-20T10:30:00Z");
    DATE("2016-11-20T10:30:00-0500", "2016-11-20T10:30:00-05:00");
    DATE("2016-11-20 10:30:00", "2016-11-20T10:30:00");
    DATE("2016/11/20", "2016-11-20");
    DATE("2016.11.20", "2016-11-20");
    DATE("2016-1-5", "2016-01-05");
    /* eight digits only when the caller says the context allows them */
    CHECK_STR(find("20161120", MT_DATE_ORDER_UNKNOWN, MT_DATE_COMPACT), "2016-11-20");
    DATE("20161120", "none");
    /* in text, with a clock time straight after them, as a dateline sets
     * them; a year before the web's, or a number with a time further on,
     * is none */
    DATE("20080109 15:24", "2008-01-09T15:24:00");
    DATE("Updated 20080109 9:05", "2008-01-09T09:05:00");
    DATE("Headline of the day\n20080109 15:24", "2008-01-09T15:24:00");
    DATE("19870109 15:24", "none");
    DATE("20081309 15:24", "none");
    DATE("Order 20080109, 15:24", "none");
    DATE("Call 20080109 at 15:24", "none");
    DATE("Tel. 20080109 15", "none");
}

static void test_rfc2822(void)
{
    DATE("Sun, 20 Nov 2016 10:30:00 +0100", "2016-11-20T10:30:00+01:00");
    DATE("Sun, 20 Nov 2016 10:30:00 GMT", "2016-11-20T10:30:00Z");
    DATE("Mon, 21 Nov 2016 08:00:00 EST", "2016-11-21T08:00:00-05:00");
    /* asctime and date(1), as mail archives print them: the time first */
    DATE("Tue Mar 12 09:41:27 UTC 2024", "2024-03-12T09:41:27Z");
    DATE("Tue Mar 12 09:41:27 2024", "2024-03-12T09:41:27");
    DATE("Mar 12 09:41 CET 2024", "2024-03-12T09:41:00+01:00");
}

/* "ET" and its kin after a time belong to the date (its span), but give
 * no offset: they stand for standard and daylight time alike. */
static void test_american_zone_letters(void)
{
    const char *t = "Last Updated: 1/14/08 11:15 AM ET | 105 times read";
    mt_date d;
    size_t s, e;
    CHECK(mt_date_find(t, strlen(t), MT_DATE_ORDER_MDY, MT_DATE_SHORT_YEAR, &d, &s, &e));
    CHECK_SLICE(t + s, e - s, "1/14/08 11:15 AM ET");
    CHECK_INT(d.has_offset, 0);
    DATE("November 12, 2012 at 3:30 pm PT", "2012-11-12T15:30:00");
    /* only in capitals, and only after a time */
    t = "November 12, 2012 at 3:30 pm et la suite";
    CHECK(mt_date_find(t, strlen(t), MT_DATE_ORDER_MDY, 0, &d, &s, &e));
    CHECK_SLICE(t + s, e - s, "November 12, 2012 at 3:30 pm");
}

static void test_english(void)
{
    DATE("November 20, 2016", "2016-11-20");
    DATE("Published on Nov. 20, 2016 at 3:05 pm", "2016-11-20T15:05:00");
    DATE("Nov 20th 2016", "2016-11-20");
    DATE("20th of November, 2016", "2016-11-20");
    DATE("20 November 2016", "2016-11-20");
    DATE("Sunday, November 20, 2016 12:00 a.m.", "2016-11-20T00:00:00");
    DATE("Sept. 3, 2019", "2019-09-03");
}

static void test_german(void)
{
    DATE("20. November 2016", "2016-11-20");
    DATE("Sonntag, 20. November 2016, 10:30 Uhr", "2016-11-20T10:30:00");
    DATE("20. Nov. 2016", "2016-11-20");
    DATE("3. März 2019", "2019-03-03");
    DATE("3. MÄRZ 2019", "2019-03-03");
    DATE("15. Jänner 2020", "2020-01-15");
    DATE("Veröffentlicht am 20.11.2016 um 14:05 Uhr", "2016-11-20T14:05:00");
    DATE("20. 11. 2016", "2016-11-20");
    DATE("Stand: 1.2.2019", "2019-02-01");
}

static void test_romance_languages(void)
{
    DATE("20 novembre 2016", "2016-11-20");
    DATE("1er décembre 2016 à 10h30", "2016-12-01T10:30:00");
    DATE("Publié le 3 févr. 2019", "2019-02-03");
    DATE("20 de noviembre de 2016", "2016-11-20");
    DATE("domingo, 20 de noviembre de 2016 a las 10:30", "2016-11-20T10:30:00");
    DATE("1º de abril de 2019", "2019-04-01");
    DATE("20 novembre 2016 alle 10:30", "2016-11-20T10:30:00");
    DATE("20 de novembro de 2016", "2016-11-20");
    DATE("5 de março de 2019 às 14:00", "2019-03-05T14:00:00");
}

static void test_other_languages(void)
{
    DATE("20 november 2016", "2016-11-20");
    DATE("5 mei 2019 om 10:15", "2019-05-05T10:15:00");
    DATE("3 maart 2019", "2019-03-03");
    DATE("20 listopada 2016", "2016-11-20");
    DATE("1 września 2019 r.", "2019-09-01");
    DATE("12 października 2018", "2018-10-12");
    DATE("20 ноября 2016 г.", "2016-11-20");
    /* Turkish, Czech, Indonesian, Swedish, Arabic and Hebrew month names */
    DATE("Yay\xc4\xb1nlanma: 23 Eyl\xc3\xbcl 2024", "2024-09-23");
    DATE("12 \xc5\x9e" "ubat 2024", "2024-02-12");
    DATE("14. b\xc5\x99" "ezna 2024", "2024-03-14");
    DATE("3 Agustus 2023", "2023-08-03");
    DATE("5 augusti 2021", "2021-08-05");
    DATE("\xd9\x86\xd8\xb4\xd8\xb1 \xd9\x81\xd9\x8a: 14 \xd8\xa3\xd8\xa8\xd8\xb1\xd9\x8a\xd9\x84 2024",
         "2024-04-14");
    DATE("5 \xd7\x91\xd7\x93\xd7\xa6\xd7\x9e\xd7\x91\xd7\xa8 2024", "2024-12-05");
    /* Turkish in capitals, Danish */
    DATE("12 KASIM 2023", "2023-11-12");
    DATE("3. marts 2022", "2022-03-03");
    /* Arabic's morning mark after the time */
    DATE("14 \xd8\xa3\xd8\xa8\xd8\xb1\xd9\x8a\xd9\x84 2024 - 10:35 \xd8\xb5", "2024-04-14T10:35:00");
    /* Dutch members are no Czech January; a control byte is no CJK month */
    DATE("De vereniging telt nu 28 leden. 2019 was een goed jaar.", "none");
    DATE("\xe7\xac\xac" "2024\xe5\xb9\xb4" "3\x02" "15\xe6\x97\xa5\xe3\x81\xae", "none");
    /* Levantine month names, with and without hamza, the two-word ones
     * (a first word alone names no month), and Maghrebi ones */
    DATE("دمشق - 15 آذار 2024", "2024-03-15");
    DATE("بيروت في 3 ايار 2023", "2023-05-03");
    DATE("نشر في 1 كانون الثاني 2024 - 10:35 ص", "2024-01-01T10:35:00");
    DATE("28 تشرين الاول 2019", "2019-10-28");
    DATE("5 كانون الأول، 2022", "2022-12-05");
    DATE("12 تشرين 2024", "none");
    DATE("الجزائر - 14 جويلية 2024", "2024-07-14");
    DATE("3 أفريل 2021", "2021-04-03");
    /* Arabic-Indic and Eastern Arabic-Indic (Persian) digits, day first
     * and numeric, and in a text long enough to be read by stretches;
     * only with MT_DATE_ARABIC_DIGITS is text without ASCII digits read */
    ADATE("دمشق - ١٥ آذار ٢٠٢٤", "2024-03-15");
    DATE("دمشق - ١٥ آذار ٢٠٢٤", "none");
    ADATE("١٥ مارس ٢٠٢٤", "2024-03-15");
    ADATE("٢٠٢٤/٠٣/١٥", "2024-03-15");
    ADATE("تاريخ: ۲۰۲۴-۰۳-۱۵", "2024-03-15");
    ADATE("آذار٢٠٢٤ ١٥", "none");
    ADATE("قال المتحدث إن الاجتماع المقبل سيعقد بعد انتهاء المشاورات الجارية بين الأطراف "
         "المعنية، وإن اللجنة ستنشر تقريرها النهائي في وقت لاحق من هذا العام بعد مراجعته "
         "من قبل الخبراء المستقلين والهيئات الرقابية المختصة في البلاد. نشر في ٣ نيسان ٢٠٢٣",
         "2023-04-03");
    DATE("20 Ноября 2016", "2016-11-20");
    DATE("1 марта 2019 года, 10:00", "2019-03-01T10:00:00");
}

static void test_cjk(void)
{
    DATE("2016年11月20日", "2016-11-20");
    DATE("2016年11月20日 10時30分", "2016-11-20T10:30:00");
    DATE("公開日：2016年11月20日 10:30", "2016-11-20T10:30:00");
    DATE("2016 年 1 月 5 日", "2016-01-05");
    DATE("2016년 11월 20일", "2016-11-20");
}

static void test_numeric_order(void)
{
    /* a number above 12 decides */
    DATE("20/11/2016", "2016-11-20");
    DATE("11/20/2016", "2016-11-20");
    /* otherwise the caller's order, day first when unknown */
    CHECK_STR(find("03/04/2016", MT_DATE_ORDER_UNKNOWN, 0), "2016-04-03");
    CHECK_STR(find("03/04/2016", MT_DATE_ORDER_DMY, 0), "2016-04-03");
    CHECK_STR(find("03/04/2016", MT_DATE_ORDER_MDY, 0), "2016-03-04");
    /* dots are day first everywhere, unless the second number cannot be
     * a month ("Posted: 10.25.2012" on an American blog) */
    CHECK_STR(find("03.04.2016", MT_DATE_ORDER_MDY, 0), "2016-04-03");
    CHECK_STR(find("Posted: 10.25.2012", MT_DATE_ORDER_UNKNOWN, 0), "2012-10-25");
    CHECK_STR(find("25.10.2012", MT_DATE_ORDER_MDY, 0), "2012-10-25");
    CHECK_STR(find("13.25.2012", MT_DATE_ORDER_UNKNOWN, 0), "none");
    mt_date d;
    CHECK(mt_date_find("03/04/2016", 10, MT_DATE_ORDER_MDY, 0, &d, NULL, NULL));
    CHECK_INT(d.ambiguous, 1);
    CHECK(mt_date_find("20/11/2016", 10, MT_DATE_ORDER_MDY, 0, &d, NULL, NULL));
    CHECK_INT(d.ambiguous, 0);
    /* two-digit years only when asked, with dots or slashes */
    DATE("20.11.16", "none");
    DATE("20/11/16", "none");
    CHECK_STR(find("20.11.16", MT_DATE_ORDER_UNKNOWN, MT_DATE_SHORT_YEAR), "2016-11-20");
    CHECK_STR(find("am 26/10/13, 03:48 pm", MT_DATE_ORDER_UNKNOWN, MT_DATE_SHORT_YEAR),
              "2013-10-26T15:48:00");
    CHECK_STR(find("Posted 7/27/12", MT_DATE_ORDER_UNKNOWN, MT_DATE_SHORT_YEAR), "2012-07-27");
    CHECK_STR(find("3/5/21", MT_DATE_ORDER_MDY, MT_DATE_SHORT_YEAR), "2021-03-05");
    CHECK_STR(find("3/5/21", MT_DATE_ORDER_DMY, MT_DATE_SHORT_YEAR), "2021-05-03");
    CHECK_STR(find("20-11-16", MT_DATE_ORDER_UNKNOWN, MT_DATE_SHORT_YEAR), "none");
    CHECK_STR(find("20.11/16", MT_DATE_ORDER_UNKNOWN, MT_DATE_SHORT_YEAR), "none");
    CHECK_STR(find("1/26/10/13", MT_DATE_ORDER_UNKNOWN, MT_DATE_SHORT_YEAR), "none");
    CHECK_STR(find("20 / 11 / 16", MT_DATE_ORDER_UNKNOWN, MT_DATE_SHORT_YEAR), "none");
    /* after a month's name, where the two digits end the line or a bracket
     * closes after them */
    CHECK_STR(find("( Pescasseroli, 14 Gennaio 20 )", MT_DATE_ORDER_UNKNOWN,
                   MT_DATE_SHORT_YEAR), "2020-01-14");
    CHECK_STR(find("Rom, 14 Gennaio 20\nSono almeno", MT_DATE_ORDER_UNKNOWN,
                   MT_DATE_SHORT_YEAR), "2020-01-14");
    CHECK_STR(find("( Pescasseroli, 14 Gennaio 20 )", MT_DATE_ORDER_UNKNOWN, 0), "none");
    CHECK_STR(find("On 14 May 20 people came", MT_DATE_ORDER_UNKNOWN, MT_DATE_SHORT_YEAR),
              "none");
    CHECK_STR(find("14 May 20:30", MT_DATE_ORDER_UNKNOWN, MT_DATE_SHORT_YEAR), "none");
    /* with two digits, American pages write the month first ("11.05.12") */
    CHECK_STR(find("11.05.12", MT_DATE_ORDER_MDY, MT_DATE_SHORT_YEAR), "2012-11-05");
    CHECK_STR(find("11.05.12", MT_DATE_ORDER_DMY, MT_DATE_SHORT_YEAR), "2012-05-11");
    CHECK(mt_date_find("11.05.12", 8, MT_DATE_ORDER_DMY, MT_DATE_SHORT_YEAR, &d, NULL, NULL));
    CHECK_INT(d.ambiguous, 1);
    CHECK_STR(find("25.05.12", MT_DATE_ORDER_MDY, MT_DATE_SHORT_YEAR), "2012-05-25");
    /* a Hungarian year, month and day and the hour after them are no
     * "06. 04. 11"; nor is a short date after a number and a dot */
    CHECK_STR(find("2020. 06. 04. 11:27", MT_DATE_ORDER_DMY, MT_DATE_SHORT_YEAR), "none");
    CHECK_STR(find("Rev. 2.30.10.23", MT_DATE_ORDER_DMY, MT_DATE_SHORT_YEAR), "none");
    CHECK_STR(find("Party, 30.10.23", MT_DATE_ORDER_DMY, MT_DATE_SHORT_YEAR), "2023-10-30");
    /* in Arabic-Indic digits as well, where those are read */
    CHECK_STR(find("\xd9\xa3\xd9\xa0.\xd9\xa1\xd9\xa0.\xd9\xa2\xd9\xa3", MT_DATE_ORDER_DMY,
                   MT_DATE_SHORT_YEAR | MT_DATE_ARABIC_DIGITS), "2023-10-30");
}

/* Arabic-Indic and Eastern Arabic-Indic digits found as such, and only
 * they: their lead bytes begin other Arabic letters too. */
static void test_wide_digits(void)
{
    CHECK(mt_date_has_wide_digit("\xd9\xa1\xd9\xa5", 4));       /* ١٥ */
    CHECK(mt_date_has_wide_digit("x \xdb\xb9", 4));              /* ۹ */
    CHECK(!mt_date_has_wide_digit("\xd9\x85\xd8\xa7\xd8\xb1\xd8\xb3 2024", 13)); /* مارس */
    CHECK(!mt_date_has_wide_digit("\xd9", 1));                    /* cut short */
    CHECK(!mt_date_has_wide_digit("15 March 2024", 13));
}

static void test_refusals(void)
{
    DATE("2016-02-30", "none");               /* not on the calendar */
    DATE("2015-02-29", "none");
    DATE("2016-02-29", "2016-02-29");
    DATE("32. November 2016", "none");
    DATE("version 1.20.11.2016", "none");      /* part of a longer number */
    DATE("20.11.2016.5", "none");
    DATE("Call 555-11-2016", "none");
    DATE("May I help you 2016", "none");       /* a month word without a day */
    DATE("November 2016", "none");
    DATE("Page 3 of 20", "none");
    DATE("", "none");
}

static void test_span(void)
{
    const char *t = "Von Anna Muster, 20. November 2016 um 10:30 Uhr | Kommentare";
    mt_date d;
    size_t s, e;
    CHECK(mt_date_find(t, strlen(t), MT_DATE_ORDER_UNKNOWN, 0, &d, &s, &e));
    CHECK_SLICE(t + s, e - s, "20. November 2016 um 10:30 Uhr");
}

static void test_parse_looks_at_the_start(void)
{
    mt_date d;
    const char *v = "Sat, 19 Oct 2019 08:00:00 +0200";
    CHECK(mt_date_parse(v, strlen(v), MT_DATE_ORDER_UNKNOWN, 0, &d));
    CHECK_INT(d.day, 19);
    const char *far = "A long sentence with many words before it finally says 2019-10-19";
    CHECK(!mt_date_parse(far, strlen(far), MT_DATE_ORDER_UNKNOWN, 0, &d));
}

static void test_plausibility(void)
{
    mt_date d;
    memset(&d, 0, sizeof d);
    d.year = 1994, d.month = 12, d.day = 31;
    CHECK(!mt_date_plausible(&d, NOW));
    d.year = 1995, d.month = 1, d.day = 1;
    CHECK(mt_date_plausible(&d, NOW));
    d.year = 2026, d.month = 11, d.day = 30;   /* a day ahead: time zones */
    CHECK(mt_date_plausible(&d, NOW));
    d.day = 1, d.month = 12;
    CHECK(!mt_date_plausible(&d, NOW));
    d.year = 2040;
    CHECK(mt_date_plausible(&d, 0));           /* no bound without a now */
}

static void test_calendar_arithmetic(void)
{
    mt_date d;
    mt_date_from_time(0, &d);
    CHECK_INT(d.year, 1970);
    CHECK_INT(d.month, 1);
    CHECK_INT(d.day, 1);
    mt_date_from_time(NOW, &d);
    CHECK_INT(d.year, 2026);
    CHECK_INT(d.month, 11);
    CHECK_INT(d.day, 29);
    CHECK_INT(mt_date_days(&d), NOW / 86400);
    d.year = 2000, d.month = 2, d.day = 29;
    mt_date e;
    mt_date_from_time(mt_date_days(&d) * 86400, &e);
    CHECK_INT(e.month, 2);
    CHECK_INT(e.day, 29);
}

static const char *rel(const char *text)
{
    static char buf[64];
    mt_date d;
    if (!mt_date_parse_relative(text, strlen(text), NOW, &d))
        return "none";
    mt_date_format(&d, buf);
    return buf;
}

static void test_relative(void)
{
    CHECK_STR(rel("3 days ago"), "2026-11-26");
    CHECK_STR(rel("a week ago"), "2026-11-22");
    CHECK_STR(rel("vor 2 Tagen"), "2026-11-27");
    CHECK_STR(rel("vor einem Monat"), "2026-10-29");
    CHECK_STR(rel("il y a 3 jours"), "2026-11-26");
    CHECK_STR(rel("hace 2 años"), "2024-11-29");
    CHECK_STR(rel("3 giorni fa"), "2026-11-26");
    CHECK_STR(rel("há 1 dia"), "2026-11-28");
    CHECK_STR(rel("5 dagen geleden"), "2026-11-24");
    CHECK_STR(rel("3 dni temu"), "2026-11-26");
    CHECK_STR(rel("2 дня назад"), "2026-11-27");
    CHECK_STR(rel("yesterday"), "2026-11-28");
    CHECK_STR(rel("Gestern, 10:30"), "2026-11-28");
    CHECK_STR(rel("5 hours ago"), "2026-11-29");
    CHECK_STR(rel("14 hours ago"), "2026-11-28");
    CHECK_STR(rel("3d ago"), "2026-11-26");     /* a widget's short forms */
    CHECK_STR(rel("2 wks ago"), "2026-11-15");
    /* no "ago": a number of days is not a date */
    CHECK_STR(rel("a 3 day trip"), "none");
    CHECK_STR(rel("3 days"), "none");
    mt_date d;
    CHECK(!mt_date_parse_relative("3 days ago", 10, 0, &d));   /* no reference */
    /* an amount that goes back before the calendar's years is no date (it
     * once made a month of -1, read before the table of month lengths) */
    CHECK_STR(rel("2500 years ago"), "none");
    CHECK_STR(rel("vor 9999 Jahren"), "none");
    CHECK_STR(rel("9999 months ago"), "1193-08-29");
    CHECK_STR(rel("1000 years ago"), "1026-11-29");
}

/* `start`, eight sentences of prose without digits, `middle`, eight more,
 * `end`: a text long enough to be read in stretches around its digits. */
static size_t long_text(char *text, size_t cap, const char *start, const char *middle,
                        const char *end)
{
    size_t n = (size_t)snprintf(text, cap, "%s", start);
    for (int i = 0; i < 8; i++)
        n += (size_t)snprintf(text + n, cap - n, "Words of prose without numbers here. ");
    n += (size_t)snprintf(text + n, cap - n, "%s", middle);
    for (int i = 0; i < 8; i++)
        n += (size_t)snprintf(text + n, cap - n, "More prose follows, still no numbers. ");
    n += (size_t)snprintf(text + n, cap - n, "%s", end);
    return n;
}

static void test_dates_in_long_text(void)
{
    /* prose is skipped to the stretches around digits; a date in each is
     * found once, with its month word before the digits */
    char text[1500];
    size_t n = long_text(text, sizeof text, "", "Posted on November 20, 2016 at 10:30. ",
                         "Updated 21.11.2016 and 22.11.2016.");
    mt_date_span found[8];
    size_t k = mt_date_find_all(text, n, MT_DATE_ORDER_UNKNOWN, 0, found, 8);
    CHECK_INT(k, 3);
    char buf[32];
    mt_date_format(&found[0].date, buf);
    CHECK_STR(buf, "2016-11-20T10:30:00");
    CHECK_SLICE(text + found[0].start, 8, "November");
    mt_date_format(&found[2].date, buf);
    CHECK_STR(buf, "2016-11-22");
    /* a stretch of more short tokens than the scanner holds ("0,1,2,...",
     * two a byte pair) is read on where the scanner stopped: the date
     * after the list is found */
    n = (size_t)snprintf(text, sizeof text, "Scores of the round, one by one, as the desk got them. ");
    for (int i = 0; i < 450; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "%d,", i % 10);
    n += (size_t)snprintf(text + n, sizeof text - n, " Published 20 November 2016.");
    CHECK_INT(mt_date_find_all(text, n, MT_DATE_ORDER_UNKNOWN, 0, found, 8), 1);
    mt_date_format(&found[0].date, buf);
    CHECK_STR(buf, "2016-11-20");
}

/* What the taker of mt_date_find_until saw: the dates, until it said
 * stop at the second. */
typedef struct seen_dates {
    char first[32], second[32];
    int calls;
} seen_dates;

static int take_two(void *ctx, const mt_date_span *d)
{
    seen_dates *s = ctx;
    mt_date_format(&d->date, ++s->calls == 1 ? s->first : s->second);
    return s->calls == 2;
}

/* The dates are handed over in the order mt_date_find_all finds them, and
 * none is looked for once the taker has had enough. */
static void test_dates_until_enough(void)
{
    char text[1500];
    size_t n = long_text(text, sizeof text, "Posted on November 20, 2016. ",
                         "Updated 21.11.2016. ", "Printed 22.11.2016.");
    mt_date_span found[8];
    seen_dates seen = { "", "", 0 };
    size_t k = mt_date_find_until(text, n, MT_DATE_ORDER_UNKNOWN, 0, found, 8, take_two, &seen);
    CHECK_INT(seen.calls, 2);
    CHECK_STR(seen.first, "2016-11-20");
    CHECK_STR(seen.second, "2016-11-21");
    CHECK(k < 3);
    /* without a taker, all three */
    CHECK_INT(mt_date_find_until(text, n, MT_DATE_ORDER_UNKNOWN, 0, found, 8, NULL, NULL), 3);
}

static void test_long_text_is_bounded(void)
{
    size_t n = 100000;
    char *big = malloc(n + 20);
    memset(big, '1', n);
    memcpy(big + n, " 2016-11-20", 12);
    mt_date d;
    /* one long number, then a date past the scanned window: no date, fast */
    CHECK(!mt_date_find(big, n + 11, MT_DATE_ORDER_UNKNOWN, 0, &d, NULL, NULL));
    for (size_t i = 0; i < n; i++)
        big[i] = (i % 3 == 2) ? '.' : '1';
    CHECK(!mt_date_find(big, n, MT_DATE_ORDER_UNKNOWN, MT_DATE_SHORT_YEAR, &d, NULL, NULL));
    free(big);
}

/* Month names and keywords are found by binary search: the tables must
 * stay sorted, and a word at either end or in the middle of the month table
 * must be found. */
static void test_word_tables(void)
{
    CHECK(mt_date_tables_ok());
    CHECK(mt_date_month_word("abr", 3) == 4);
    CHECK(mt_date_month_word("november", 8) == 11);
    CHECK(mt_date_month_word("января", strlen("января")) == 1);
    CHECK(mt_date_month_word("novem", 5) == 0);
    CHECK(mt_date_month_word("novembers", 9) == 0);
    CHECK(mt_date_month_word("a", 1) == 0);
    CHECK(mt_date_month_word("تشرين الثاني", strlen("تشرين الثاني")) == 11);
    CHECK(mt_date_month_word("تشرين", strlen("تشرين")) == 0);
    DATE("20 UHR 10 Nov 2016", "2016-11-10");
    /* short text without a four-digit number is not scanned: none of its
     * numbers could be a year */
    DATE("3 comments, page 12 of 20, 20.11.16", "none");
    CHECK_STR(find("20.11.16", MT_DATE_ORDER_UNKNOWN, MT_DATE_SHORT_YEAR), "2016-11-20");
    DATE("call 02016 or 201611", "none");
    DATE("von 20.11.2016", "2016-11-20");
    DATE("Nov 20, 2016 at 3:05 PM EST", "2016-11-20T15:05:00-05:00");
}

/* A line that is a date and nothing else is a dateline; a date in a
 * sentence, after a label or beside other words is not one. */
static void test_date_lines(void)
{
    static const char *const datelines[] = {
        "23.10.2018", "Jun 18th 2018", "7. oktober 2020", "August 9th, 2012, 2:01 PM",
        "7 January 2008, 14:24", "2012-11-05", "11 Jan 2019.",
    };
    static const char *const others[] = {
        "Posted January 1, 2008 16:10:00", "19:49", "Updated 2012-11-05",
        "2012-11-05 Floods in the lower town", "Bundesstaat Pennsylvania", "TR 7/2019", "",
        "The river rose on 23.10.2018 and fell on 30.10.2018, after the rain.",
        "11 Jan 2019!", "(11 Jan 2019)", "11 Jan 2019)",
    };
    for (size_t i = 0; i < sizeof datelines / sizeof datelines[0]; i++)
        CHECK(mt_metadata_is_date_line(datelines[i], strlen(datelines[i])));
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
        CHECK(!mt_metadata_is_date_line(others[i], strlen(others[i])));
    /* a time ago alone, a few words before it perhaps */
    static const char *const ago_lines[] = {
        "3 months ago", "Last updated 3 months ago", "vor 2 Tagen", "il y a 3 jours",
        "Updated: a year ago", "hace 5 horas", "Posted 2h ago", "3d ago", "2 hrs ago",
    };
    static const char *const not_ago_lines[] = {
        "3 months", "3 months ago, the river rose", "He left 3 years ago.", "Yesterday",
        "We met him 3 years ago", "a 3 d trip", "H ago",
        "The council said that the pumps arrived 3 days ago",
    };
    for (size_t i = 0; i < sizeof ago_lines / sizeof ago_lines[0]; i++)
        CHECK(mt_metadata_is_time_ago_line(ago_lines[i], strlen(ago_lines[i])));
    for (size_t i = 0; i < sizeof not_ago_lines / sizeof not_ago_lines[0]; i++)
        CHECK(!mt_metadata_is_time_ago_line(not_ago_lines[i], strlen(not_ago_lines[i])));
    /* a date anywhere in a line */
    static const char *const dated[] = {
        "Posted at 02:30 PM ET, 08/15/2012",
        "Mary \xc2\xb7 7 Comments \xc2\xb7 October 29th, 2012",
    };
    static const char *const undated[] = { "Mary \xc2\xb7 7 Comments", "TR 7/2019", "" };
    for (size_t i = 0; i < sizeof dated / sizeof dated[0]; i++)
        CHECK(mt_metadata_has_date(dated[i], strlen(dated[i])));
    /* any page's lines: in Arabic-Indic and Eastern Arabic-Indic digits too */
    static const char *const wide[] = { "١٥ مارس ٢٠٢٤", "١٥/٠٣/٢٠٢٤", "۱۵ مارس ۲۰۲۴" };
    for (size_t i = 0; i < sizeof wide / sizeof wide[0]; i++) {
        CHECK(mt_metadata_is_date_line(wide[i], strlen(wide[i])));
        CHECK(mt_metadata_has_date(wide[i], strlen(wide[i])));
    }
    const char *wide_label = "نشر في ١٥ مارس ٢٠٢٤";
    CHECK(!mt_metadata_is_date_line(wide_label, strlen(wide_label)));
    CHECK(mt_metadata_has_date(wide_label, strlen(wide_label)));
    for (size_t i = 0; i < sizeof undated / sizeof undated[0]; i++)
        CHECK(!mt_metadata_has_date(undated[i], strlen(undated[i])));
}

int main(void)
{
    RUN(test_iso_forms);
    RUN(test_rfc2822);
    RUN(test_american_zone_letters);
    RUN(test_english);
    RUN(test_german);
    RUN(test_romance_languages);
    RUN(test_other_languages);
    RUN(test_cjk);
    RUN(test_numeric_order);
    RUN(test_wide_digits);
    RUN(test_refusals);
    RUN(test_span);
    RUN(test_parse_looks_at_the_start);
    RUN(test_plausibility);
    RUN(test_calendar_arithmetic);
    RUN(test_relative);
    RUN(test_dates_in_long_text);
    RUN(test_dates_until_enough);
    RUN(test_long_text_is_bounded);
    RUN(test_word_tables);
    RUN(test_date_lines);
    return harness_finish();
}
