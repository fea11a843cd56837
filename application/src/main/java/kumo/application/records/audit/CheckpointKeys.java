package kumo.application.records.audit;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kumo.application.records.StoreException;
import kumo.application.records.StoreTexts;

/**
 * Ed25519 keys for checkpoints, from the JDK ({@code java.security}, no other provider), written and read as
 * PEM: a private key as PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}), a public key as X.509 SubjectPublicKeyInfo
 * ({@code -----BEGIN PUBLIC KEY-----}) — the forms {@code openssl genpkey -algorithm ed25519} and {@code openssl
 * pkey -pubout} write, so a city can make its keys with either tool.
 */
public final class CheckpointKeys {

    /** The JDK's name of the algorithm, for keys and signatures. */
    public static final String ALGORITHM = "Ed25519";

    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)\\s*-----END \\1-----");

    private CheckpointKeys() {
    }

    /** A new key pair from the JDK's strong random source. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519", e);
        }
    }

    /** The PEM text of a private key (PKCS#8). */
    public static String pem(PrivateKey key) {
        return pem(PRIVATE_LABEL, key.getEncoded());
    }

    /** The PEM text of a public key (X.509 SubjectPublicKeyInfo). */
    public static String pem(PublicKey key) {
        return pem(PUBLIC_LABEL, key.getEncoded());
    }

    /**
     * An Ed25519 private key from PEM text.
     *
     * @param source what to name in an error (the file)
     * @throws StoreException INVALID: not PEM, not a private key, or not Ed25519
     */
    public static PrivateKey privateKey(String pem, String source) {
        byte[] der = der(pem, PRIVATE_LABEL, source);
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "checkpoint.key.notEd25519", source, PRIVATE_LABEL);
        }
    }

    /**
     * An Ed25519 public key from PEM text.
     *
     * @param source what to name in an error (the file)
     * @throws StoreException INVALID: not PEM, not a public key, or not Ed25519
     */
    public static PublicKey publicKey(String pem, String source) {
        byte[] der = der(pem, PUBLIC_LABEL, source);
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "checkpoint.key.notEd25519", source, PUBLIC_LABEL);
        }
    }

    private static byte[] der(String pem, String label, String source) {
        Objects.requireNonNull(source, "source");
        Matcher m = PEM.matcher(pem == null ? "" : pem);
        if (!m.find()) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "checkpoint.key.notPem", source, label);
        }
        if (!m.group(1).equals(label)) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "checkpoint.key.wrongKind", source, label,
                    m.group(1));
        }
        try {
            return Base64.getMimeDecoder().decode(m.group(2));
        } catch (IllegalArgumentException e) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "checkpoint.key.notPem", source, label);
        }
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
