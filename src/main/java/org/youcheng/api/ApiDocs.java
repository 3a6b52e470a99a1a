package org.youcheng.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.tags.Tag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /api/v1/openapi.json: its title, its tags, and property names as the API writes them. */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    @Bean
    OpenAPI youchengOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("youcheng API")
                        .version("v1")
                        .description("The international friendship-city registry (国际友好城市). Errors are RFC 7807 "
                                + "problem JSON; invalid input lists every bad field under `errors`."))
                .addTagsItem(new Tag().name(ApiTags.PLACES).description("Chinese divisions and foreign places"))
                .addTagsItem(new Tag().name(ApiTags.TIES).description("Ties between a Chinese and a foreign place"));
    }

    /** Describes schemas with the application's mapper, so that they show snake_case names as sent and received. */
    @Bean
    ModelResolver snakeCaseModelResolver(ObjectMapper mapper) {
        return new ModelResolver(mapper);
    }
}
