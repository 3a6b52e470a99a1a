package org.youcheng.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.youcheng.common.YouchengProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(YouchengProperties.class)
class SystemConfig {

    @Bean
    Database database(YouchengProperties properties) {
        return Database.of(properties.db());
    }

    @Bean
    DataSource dataSource(Database database, YouchengProperties properties) {
        boolean planted = database.directory() != null && properties.seed() && SeedDatabase.plant(database.directory());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.url());
        config.setPoolName("youcheng");
        config.setMaximumPoolSize(8);
        if (database.postgres()) {
            if (properties.dbUser() != null) {
                config.setUsername(properties.dbUser());
            }
            if (properties.dbPassword() != null) {
                config.setPassword(properties.dbPassword());
            }
            // batched inserts become multi-row inserts: the bulk import depends on it
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        } else {
            config.setUsername("sa");
            config.setPassword("");
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        if (planted && !properties.loadNetwork()) {
            SeedDatabase.removeNetwork(dataSource);
        }
        return dataSource;
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
