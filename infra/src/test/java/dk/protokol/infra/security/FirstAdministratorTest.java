package dk.protokol.infra.security;

import dk.protokol.events.caller.GlobalRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** When the first administrator is opened, and when not (FirstAdministratorOnPostgresTest starts one for real). */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    final AccountService accounts = mock(AccountService.class);

    @Test
    void opensAnAdministratorOnAnInstallationWithNoAccount() {
        new FirstAdministrator(accounts, " driftsadmin ", "et-langt-kodeord-1").run(null);
        verify(accounts).openUnchecked("driftsadmin", "et-langt-kodeord-1", null, Set.of(GlobalRole.ADMIN),
                AuditMetadata.SYSTEM);
    }

    @Test
    void withoutTheVariablesTheLogSaysHowAndNothingIsCreated(CapturedOutput output) {
        new FirstAdministrator(accounts, "", "").run(null);
        verify(accounts, never()).openUnchecked(anyString(), anyString(), any(), any(), anyString());
        assertThat(output.getOut()).contains("PROTOKOL_ADMIN_USERNAME and PROTOKOL_ADMIN_PASSWORD")
                .contains("nothing was created");
    }

    @Test
    void aPasswordShorterThanTwelveCharactersStopsTheStartAndCreatesNothing() {
        assertThatThrownBy(() -> new FirstAdministrator(accounts, "driftsadmin", "kort-kode01").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 12 characters");
        verify(accounts, never()).openUnchecked(anyString(), anyString(), any(), any(), anyString());
    }

    @Test
    void aUsernameAnAccountCouldNotHaveStopsTheStart() {
        assertThatThrownBy(() -> new FirstAdministrator(accounts, "Drift Admin", "et-langt-kodeord-1").run(null))
                .isInstanceOf(IllegalStateException.class);
        verify(accounts, never()).openUnchecked(anyString(), anyString(), any(), any(), anyString());
    }

    @Test
    void theVariablesAreNotReadOnceAnyAccountExists() {
        when(accounts.any()).thenReturn(true);
        new FirstAdministrator(accounts, "driftsadmin", "kort").run(null);
        verify(accounts, never()).openUnchecked(anyString(), anyString(), any(), any(), anyString());
    }
}
