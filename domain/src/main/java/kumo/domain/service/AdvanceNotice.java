package kumo.domain.service;

/**
 * Advance notice of the service ending or changing (§2ウ), and the §5 別紙 form: the notice period
 * and method for interruption (中断・中止) and for contract cancellation (契約の解除).
 */
public record AdvanceNotice(
        String method,
        Integer periodDays,
        Boolean coversInterruption,
        Boolean coversCancellation) {
}
