package org.songngu.api;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description: Songngu's name and version, HTTP Basic as the security scheme (Swagger
 * UI's Authorize button signs its requests), and each operation's problem responses as
 * {@code application/problem+json} ({@link Problems}; 401 for every operation).
 */
@Configuration
@SecurityScheme(
        name = OpenApiConfiguration.BASIC,
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "A Songngu account (the first admin's password is printed once in the log at the first start)")
class OpenApiConfiguration {

    static final String BASIC = "basic";
    private static final String PROBLEM_SCHEMA = "ProblemDetail";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Map<Integer, String> MEANINGS = Map.of(
            400, "Malformed request: a parameter or body that cannot be read, or out of its bounds",
            401, "Not signed in: send HTTP Basic credentials (or the page's session cookie)",
            403, "Signed in, but the account may not do this (admin only), or a session request lacks its CSRF token",
            404, "No such article, pair, bead, run or account",
            409,
                    "Someone changed the bead since the version sent (nothing was overwritten), or a run is already "
                            + "under way",
            422, "The action is not possible as asked (merge the last bead, split outside the bead, an empty text...)");

    @Bean
    OpenAPI songnguOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties != null
                ? properties.getVersion()
                : java.util.Objects.requireNonNullElse(
                        OpenApiConfiguration.class.getPackage().getImplementationVersion(), "development");
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bead changed by someone else"))
                .addProperty("status", new IntegerSchema().example(409))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema());
        return new OpenAPI()
                .info(new Info()
                        .title("Songngu API")
                        .version(version)
                        .description("French–Vietnamese–English translation memory: articles, aligned beads, review"
                                + " actions with optimistic locking, search, runs, accounts and TMX export. Lists come"
                                + " a page at a time (page from 1, size up to 500); errors are "
                                + "application/problem+json;"
                                + " enum values are lower case."))
                .components(new Components().addSchemas(PROBLEM_SCHEMA, problem))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handler) -> {
            Map<Integer, String> statuses = new TreeMap<>();
            statuses.put(401, MEANINGS.get(401));
            Problems problems = handler.getMethodAnnotation(Problems.class);
            if (problems != null) {
                for (int status : problems.value()) {
                    statuses.put(status, MEANINGS.getOrDefault(status, "Problem"));
                }
            }
            statuses.forEach((status, meaning) -> operation
                    .getResponses()
                    .addApiResponse(
                            String.valueOf(status),
                            new ApiResponse()
                                    .description(meaning)
                                    .content(new Content()
                                            .addMediaType(
                                                    PROBLEM_JSON,
                                                    new MediaType()
                                                            .schema(new Schema<>()
                                                                    .$ref("#/components/schemas/"
                                                                            + PROBLEM_SCHEMA))))));
            return operation;
        };
    }
}
