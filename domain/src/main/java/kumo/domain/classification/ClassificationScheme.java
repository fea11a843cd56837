package kumo.domain.classification;

import java.util.EnumSet;
import java.util.Set;

/**
 * A confidentiality classification scheme. The 2020 policy uses the three-level scheme of the
 * local-government standard; the national guideline revised in October 2024 splits the top of it
 * into five levels (自治体機密性 3A, 3B, 3C, 2, 1). A catalogue version declares which schemes it
 * accepts and evaluates everything on the three-level scale through {@link #toThreeLevel}.
 */
public enum ClassificationScheme {
    /** 2020: 機密性1, 2, 3. */
    THREE_LEVEL_2020(EnumSet.of(Confidentiality.C1, Confidentiality.C2, Confidentiality.C3)),
    /** October 2024 national guideline: 自治体機密性1, 2, 3C, 3B, 3A. */
    FIVE_LEVEL_2024(EnumSet.of(Confidentiality.C1, Confidentiality.C2,
            Confidentiality.C3C, Confidentiality.C3B, Confidentiality.C3A));

    private final Set<Confidentiality> levels;

    ClassificationScheme(Set<Confidentiality> levels) {
        this.levels = levels;
    }

    public Set<Confidentiality> levels() {
        return EnumSet.copyOf(levels);
    }

    public boolean accepts(Confidentiality level) {
        return levels.contains(level);
    }

    /**
     * Maps a level of this scheme to the 2020 three-level scale on which catalogue v1 is written.
     * 3A is "equivalent to secret documents" (秘密文書に相当), which is exactly the old 機密性3; 3B and 3C
     * are sensitive but not secret-document level, so under the 2020 text they are 機密性2
     * (documented in docs/interpretations.md; kumo's reading, shown as an interpretation).
     */
    public Confidentiality toThreeLevel(Confidentiality level) {
        if (!accepts(level)) {
            throw new IllegalArgumentException(level + " is not a level of " + this);
        }
        return switch (level) {
            case C1 -> Confidentiality.C1;
            case C2, C3B, C3C -> Confidentiality.C2;
            case C3, C3A -> Confidentiality.C3;
        };
    }
}
