package kumo.domain.classification;

/** 完全性: 2 = tampering, error or damage could infringe residents' rights or seriously hinder administration. */
public enum Integrity {
    I1, I2
}
