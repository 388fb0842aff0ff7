/* cjk_common.h -- the commonest Chinese characters' codes in GBK and Big5,
 * the commonest Hangul syllables' in EUC-KR and the commonest kanji's in
 * EUC-JP and Shift_JIS (generated:
 * tools/gen_cjk_common.py -> cjk_common.c), sorted ascending, each code
 * the character's two bytes as (lead << 8 | trail). */
#ifndef MT_CHARSET_CJK_COMMON_H
#define MT_CHARSET_CJK_COMMON_H

#include <stddef.h>
#include <stdint.h>

extern const uint16_t mt_cjk_common_gbk[];
extern const size_t mt_cjk_common_gbk_count;
extern const uint16_t mt_cjk_common_big5[];
extern const size_t mt_cjk_common_big5_count;
extern const uint16_t mt_cjk_common_euc_kr[];
extern const size_t mt_cjk_common_euc_kr_count;
extern const uint16_t mt_cjk_common_euc_jp[];
extern const size_t mt_cjk_common_euc_jp_count;
extern const uint16_t mt_cjk_common_shift_jis[];
extern const size_t mt_cjk_common_shift_jis_count;

#endif
