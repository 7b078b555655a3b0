package dk.protokol.infra.security;

import dk.protokol.query.common.InvalidQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * An account's API keys (issue 15): issued (the key shown once), listed (never the key), revoked. By an administrator,
 * or by the account itself.
 */
@RestController
@RequestMapping("/api/accounts/{username}/api-keys")
@PreAuthorize("@accessPolicy.canManageApiKeys(authentication, #username)")
@Tag(name = "Konti", description = "API-nøgler / API keys")
class ApiKeyController {

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    record IssueKey(String name, Integer validDays) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Udsteder en API-nøgle / issues an API key",
            description = "{name, validDays?} (1–730, standard 365). Svaret viser nøglen denne ene gang; gem den "
                    + "sikkert. Brug: Authorization: Bearer prk_…")
    ResponseEntity<ApiKeys.IssuedKey> issue(@PathVariable String username, @RequestBody IssueKey request,
                                            Authentication authentication) {
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(keys.issue(username, request.name(),
                    request.validDays(), authentication.getName()));
        } catch (ApiKeys.Refused refused) {
            throw InvalidQuery.of(refused.field(), refused.getMessage());
        }
    }

    @GetMapping
    @Operation(summary = "Kontoens API-nøgler (aldrig selve nøglen) / the account's keys")
    List<ApiKeys.ApiKey> list(@PathVariable String username) {
        try {
            return keys.list(username);
        } catch (ApiKeys.Refused refused) {
            throw InvalidQuery.of(refused.field(), refused.getMessage());
        }
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "Tilbagekalder en API-nøgle / revokes a key")
    ApiKeys.ApiKey revoke(@PathVariable String username, @PathVariable UUID id, Authentication authentication) {
        try {
            return keys.revoke(username, id, authentication.getName());
        } catch (ApiKeys.Refused refused) {
            throw InvalidQuery.of(refused.field(), refused.getMessage());
        }
    }
}
