/* inline.h -- the compiler told to inline a function, or not, against its
 * own judgement: in the hot loops of the passes, where a call measured
 * (callgrind) cost more than the work it called, or where an inlined body
 * made the loop around it spill its registers. Each use says why. GCC and
 * clang only; other compilers judge for themselves. */
#ifndef MT_UTIL_INLINE_H
#define MT_UTIL_INLINE_H

#if defined(__GNUC__)
#define MT_ALWAYS_INLINE inline __attribute__((always_inline))
#define MT_NOINLINE __attribute__((noinline))
#else
#define MT_ALWAYS_INLINE inline
#define MT_NOINLINE
#endif

#endif
