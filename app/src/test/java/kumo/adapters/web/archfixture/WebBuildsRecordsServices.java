package kumo.adapters.web.archfixture;

import kumo.application.records.port.in.StoreSession;
import kumo.application.records.port.out.Store;
import kumo.application.records.service.RecordsServices;

/** Breaks ADAPTERS_USE_PORTS_NOT_SERVICES: an adapter wiring the records services. Test-only fixture. */
public class WebBuildsRecordsServices {

    public StoreSession session(Store store) {
        return RecordsServices.session(store, "x", null, null, null, null, null, () -> { });
    }
}
