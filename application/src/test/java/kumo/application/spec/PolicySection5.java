package kumo.application.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The policy's §5 as the tests read it from the copied text ({@code policy-section5.ja.txt}), without kumo's
 * model: the クラウドサポートレベル rows, the sentences of 1.2, the 別紙 区分 and every item.
 *
 * <p>An item is each 「・」 entry of a 別紙 cell and each 「-」 entry under one. The first two cells lost their
 * bullets in the text: there, each sentence end followed by a space starts a new item (the second cell holds two
 * items, 「…対処方法…提示すること。」 and 「障害や…提示すること。」).
 */
final class PolicySection5 {

    static final String MARK = "【推奨事項】";

    record SupportRow(String requirement, List<String> contents) {
    }

    record AnnexItem(String category, String text, boolean recommended) {
    }

    final String text;
    final String supportHeading;
    final boolean supportMarked;
    final List<String> supportSentences = new ArrayList<>();
    final List<SupportRow> supportRows = new ArrayList<>();
    final List<String> categories = new ArrayList<>();
    final List<AnnexItem> items = new ArrayList<>();

    private PolicySection5(List<String> lines) {
        this.text = String.join("\n", lines);
        String heading = lines.stream().filter(l -> l.startsWith("1. 2 ")).findFirst().orElseThrow().substring(5);
        this.supportMarked = heading.endsWith(MARK);
        this.supportHeading = heading.replace(MARK, "").trim();
        String support = lines.stream().filter(l -> l.startsWith("サポートの内容は")).findFirst().orElseThrow();
        for (String sentence : support.split("(?<=。)")) {
            supportSentences.add(sentence.trim());
        }
        int table = lines.indexOf("要件\t内容");
        int annex = lines.indexOf("区分\t要件");
        for (String line : lines.subList(table + 1, annex)) {
            if (!line.contains("\t")) {
                continue;
            }
            String[] cells = line.split("\t", 2);
            if (cells[0].isBlank()) {
                supportRows.get(supportRows.size() - 1).contents().add(cells[1].trim());
            } else {
                List<String> contents = new ArrayList<>();
                contents.add(cells[1].trim());
                supportRows.add(new SupportRow(cells[0].trim(), contents));
            }
        }
        String category = null;
        for (String line : lines.subList(annex + 1, lines.size())) {
            if (!line.contains("\t")) {
                continue;
            }
            String[] cells = line.split("\t", 2);
            if (!cells[0].isBlank()) {
                category = cells[0].trim();
                categories.add(category);
            }
            String cell = cells[1].replaceAll("<ul[^>]*>", "").trim();
            List<String> entries = cell.contains("・") ? List.of(cell.split("・")) : List.of(cell.split("(?<=。)\\s+"));
            for (String entry : entries) {
                if (entry.isBlank()) {
                    continue;
                }
                for (String part : entry.split("\\s+-")) {
                    String t = part.trim();
                    boolean marked = t.endsWith(MARK);
                    items.add(new AnnexItem(category, marked ? t.substring(0, t.length() - MARK.length()).trim() : t, marked));
                }
            }
        }
    }

    static PolicySection5 read() {
        try (InputStream in = PolicySection5.class.getResourceAsStream("policy-section5.ja.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("# ")).toList();
            return new PolicySection5(new ArrayList<>(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How often the policy's §5 puts the mark. */
    int marks() {
        return count(text, MARK);
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
