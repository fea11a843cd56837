package kumo.domain.classification;

import java.util.Set;

import kumo.domain.EnumSets;

/**
 * The classification of the information a system handles (§2ア, §4(1)⑤). Every component may be
 * {@code null}, meaning "not yet known" — never "no".
 *
 * @param scheme               the confidentiality scheme the level is expressed in; {@code null} means 2020
 * @param confidentiality      機密性
 * @param integrity            完全性
 * @param availability         可用性
 * @param handlingRestrictions 取扱制限; an empty set means "none", {@code null} means unknown
 * @param myNumber             information of the My Number usage domain (マイナンバー利用事務系)
 * @param personalData         personal information
 */
public record InformationClassification(
        ClassificationScheme scheme,
        Confidentiality confidentiality,
        Integrity integrity,
        Availability availability,
        Set<HandlingRestriction> handlingRestrictions,
        Boolean myNumber,
        Boolean personalData) {

    public InformationClassification {
        if (scheme == null) {
            scheme = ClassificationScheme.THREE_LEVEL_2020;
        }
        if (confidentiality != null && !scheme.accepts(confidentiality)) {
            throw new IllegalArgumentException(confidentiality + " is not a level of " + scheme);
        }
        handlingRestrictions = EnumSets.copyOf(handlingRestrictions, HandlingRestriction.class);
    }

    public static InformationClassification unknown() {
        return new InformationClassification(null, null, null, null, null, null, null);
    }

    /** The confidentiality on the 2020 three-level scale, or {@code null} when unknown. */
    public Confidentiality confidentiality2020() {
        return confidentiality == null ? null : scheme.toThreeLevel(confidentiality);
    }

    /** 機密性3 / 3A (秘密文書に相当); {@code null} when unknown. */
    public Boolean secretLevel() {
        Confidentiality c = confidentiality2020();
        return c == null ? null : c == Confidentiality.C3;
    }

    /** 機密性2 or higher; {@code null} when unknown. */
    public Boolean confidentiality2OrHigher() {
        Confidentiality c = confidentiality2020();
        return c == null ? null : c != Confidentiality.C1;
    }

    public boolean hasRestriction(HandlingRestriction restriction) {
        return handlingRestrictions != null && handlingRestrictions.contains(restriction);
    }
}
