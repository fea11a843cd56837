package kumo.domain.procurement;

import java.util.List;

/**
 * One item of the 別紙 クラウドサービス要件 table: a 「・」 item of the policy, a 「-」 sub-item under one
 * ({@code parent} not null), or an item kumo adds for a SERVICE requirement the 別紙 does not list.
 *
 * <p>Texts (bundle {@code section5}): {@code item.<key>}; a kumo item may have variants
 * {@code item.<key>.<variant>} chosen from the system (see {@link ProcurementForm#text}).
 *
 * @param key            stable key, e.g. {@code law01-location}
 * @param category       the 区分 key (text {@code category.<key>})
 * @param origin         the policy's wording or kumo's extension
 * @param recommended    the policy marks the item 【推奨事項】 (only POLICY items; kumo never adds the mark)
 * @param requirementIds the catalogue requirements the item corresponds to; empty for an item that only
 *                       introduces its sub-items (「以下の情報提供をすること」). Sub-items without IDs are parts of
 *                       their parent's requirement (the notices of EXIT-02).
 * @param parent         the key of the 「・」 item this 「-」 sub-item belongs to, or {@code null}
 */
public record SpecificationItem(String key, String category, Origin origin, boolean recommended,
        List<String> requirementIds, String parent) {

    public SpecificationItem {
        requirementIds = List.copyOf(requirementIds);
    }

    public boolean subItem() {
        return parent != null;
    }
}
