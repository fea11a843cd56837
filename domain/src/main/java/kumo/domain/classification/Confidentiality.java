package kumo.domain.classification;

/**
 * 機密性 levels of both schemes. {@code C1..C3} are the 2020 levels; {@code C3A..C3C} exist only in
 * the 2024 five-level scheme (whose 1 and 2 are {@code C1} and {@code C2}).
 */
public enum Confidentiality {
    C1, C2, C3, C3A, C3B, C3C
}
