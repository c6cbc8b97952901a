package dk.hoeringssvar.render.docx;

import java.math.BigInteger;

/** Conversions from the style sheet's points to the units WordprocessingML wants. */
final class Measure {

    /** English Metric Units per point, for DrawingML extents. */
    private static final int EMU_PER_POINT = 12_700;

    private Measure() {
    }

    /** Twentieths of a point: spacing, indents, widths, page size and margins. */
    static BigInteger twips(double points) {
        return BigInteger.valueOf(twipsInt(points));
    }

    static long twipsInt(double points) {
        return Math.round(points * 20);
    }

    /** Half-points: font sizes. */
    static BigInteger halfPoints(double points) {
        return BigInteger.valueOf(Math.max(2, Math.round(points * 2)));
    }

    /** Eighths of a point, clamped to the range Word accepts for border widths (2-96). */
    static BigInteger borderEighths(double points) {
        return BigInteger.valueOf(Math.clamp(Math.round(points * 8), 2, 96));
    }

    /** Whole points, clamped to the range Word accepts for border spacing (0-31). */
    static BigInteger borderSpace(double points) {
        return BigInteger.valueOf(Math.clamp(Math.round(points), 0, 31));
    }

    static int emu(double points) {
        return Math.toIntExact(Math.round(points * EMU_PER_POINT));
    }
}
