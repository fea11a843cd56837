package kumo.application.spec;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The forms a specification is rendered in, for every front door: Markdown, HTML and Word. */
public enum SpecificationFormat {
    MD("md", "text/markdown; charset=utf-8"),
    HTML("html", "text/html; charset=utf-8"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String code;
    private final String mediaType;

    SpecificationFormat(String code, String mediaType) {
        this.code = code;
        this.mediaType = mediaType;
    }

    /** The name a user gives ({@code md}, {@code html}, {@code docx}), also the file extension. */
    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    /** A binary format, which belongs in a file rather than on a terminal. */
    public boolean binary() {
        return this == DOCX;
    }

    /** The format a user names (case and surrounding blanks ignored), or {@code null}. */
    public static SpecificationFormat of(String code) {
        if (code == null) {
            return null;
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (SpecificationFormat f : values()) {
            if (f.code.equals(c)) {
                return f;
            }
        }
        return null;
    }

    /** The specification in this format: UTF-8 text for Markdown and HTML, the .docx bytes for Word. */
    public byte[] render(ProcurementSpecification specification) {
        return switch (this) {
            case MD -> SpecificationMarkdown.render(specification).getBytes(StandardCharsets.UTF_8);
            case HTML -> SpecificationHtml.render(specification).getBytes(StandardCharsets.UTF_8);
            case DOCX -> SpecificationDocx.render(specification);
        };
    }
}
