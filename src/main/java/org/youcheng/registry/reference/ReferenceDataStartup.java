package org.youcheng.registry.reference;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;
import org.youcheng.common.YouchengProperties;

/**
 * A new database gets the bundled reference data (and, when asked, the twin network) after the migrations and
 * before the web server opens its port, so no one sees a half-filled registry.
 */
@Component
@DependsOn("flywayInitializer")
class ReferenceDataStartup implements SmartInitializingSingleton {

    private final ReferenceData referenceData;
    private final YouchengProperties properties;

    ReferenceDataStartup(ReferenceData referenceData, YouchengProperties properties) {
        this.referenceData = referenceData;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        referenceData.loadPlacesIfMissing();
        if (properties.loadNetwork()) {
            referenceData.loadTwinNetworkIfMissing();
        }
    }
}
