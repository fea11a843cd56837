package kumo.domain.procurement;

import java.util.List;

/**
 * One 区分 of the 別紙 table with its items in order (sub-items right after their parent). The policy's
 * 区分 come first, in its order; 区分 only kumo's items use ({@code origin} KUMO) follow.
 */
public record SpecificationCategory(String key, Origin origin, List<SpecificationItem> items) {

    public SpecificationCategory {
        items = List.copyOf(items);
    }
}
