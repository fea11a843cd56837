package kumo.domain.plan;

import java.time.LocalDate;

/** The check a risk asks for first (確認を要する / 再確認を行う / 検討した後), with its result. */
public record RiskCheck(String result, String checkedBy, LocalDate checkedOn) {

    public boolean recordedBy(LocalDate date) {
        return Decision.present(result) && Decision.present(checkedBy) && checkedOn != null && !checkedOn.isAfter(date);
    }
}
