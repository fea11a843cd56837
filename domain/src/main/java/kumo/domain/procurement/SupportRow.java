package kumo.domain.procurement;

import java.util.List;

/**
 * One row of §5 1.2 (サポートに関する条件): a row of the クラウドサポートレベル table (要件 / 内容), or
 * the sentence of 1.2 that is not in the table ({@code inTable} false: SUP-04, 「なお、技術サポートへの
 * アクセスはすべてのアカウントにおいて可能であること」).
 *
 * <p>Texts (bundle {@code section5}): {@code support.<key>.requirement} (要件; for the sentence, the whole
 * sentence) and {@code support.<key>.content.1} … {@code .content.<contentLines>} (内容, one per line).
 *
 * @param key            stable key, e.g. {@code reception}
 * @param requirementIds the catalogue requirement this row is (SUP-01 … SUP-04)
 * @param contentLines   number of 内容 lines (0 for the sentence)
 * @param inTable        a row of the table, or the sentence of 1.2 outside it
 */
public record SupportRow(String key, List<String> requirementIds, int contentLines, boolean inTable) {

    public SupportRow {
        requirementIds = List.copyOf(requirementIds);
    }
}
