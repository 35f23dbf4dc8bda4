package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.songngu.system.SongnguProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/**
 * The web application runs the job over the corpus when it starts and every 30 minutes unless told
 * not to: the defaults live in SongnguProperties, so the beans must exist when the properties are
 * not set at all (they did not, and `./mvnw spring-boot:run` served an empty memory and never ran
 * on its schedule).
 */
class RunsByDefaultTest {

    private static final SongnguProperties DEFAULTS =
            new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("songngu", SongnguProperties.class);

    @Test
    void theWebApplicationRunsTheJobAtStartUnlessTheSettingIsFalse() {
        WebApplicationContextRunner web = new WebApplicationContextRunner()
                .withBean(AlignmentRuns.class, () -> mock(AlignmentRuns.class))
                .withBean(SongnguProperties.class, () -> DEFAULTS)
                .withUserConfiguration(StartupRun.class);
        web.run(context -> assertThat(context).hasSingleBean(StartupRun.class));
        web.withPropertyValues("songngu.run-on-startup=true")
                .run(context -> assertThat(context).hasSingleBean(StartupRun.class));
        web.withPropertyValues("songngu.run-on-startup=false")
                .run(context -> assertThat(context).doesNotHaveBean(StartupRun.class));
        assertThat(DEFAULTS.runOnStartup()).isTrue();
    }

    @Test
    void aCommandNeverRunsTheJobAtStart() {
        new ApplicationContextRunner()
                .withBean(AlignmentRuns.class, () -> mock(AlignmentRuns.class))
                .withBean(SongnguProperties.class, () -> DEFAULTS)
                .withUserConfiguration(StartupRun.class)
                .run(context -> assertThat(context).doesNotHaveBean(StartupRun.class));
    }

    @Test
    void theWebApplicationSchedulesRunsUnlessTheCronIsEmpty() {
        WebApplicationContextRunner web = new WebApplicationContextRunner()
                .withBean(AlignmentRuns.class, () -> mock(AlignmentRuns.class))
                .withBean(CorpusChanges.class, () -> mock(CorpusChanges.class))
                .withBean(CorpusHarvest.class, () -> mock(CorpusHarvest.class))
                .withBean(SongnguProperties.class, () -> DEFAULTS)
                .withUserConfiguration(ScheduledRuns.class);
        web.run(context -> assertThat(context).hasSingleBean(ScheduledRuns.class));
        assertThat(DEFAULTS.schedule().enabled()).isTrue();
        SongnguProperties none = new Binder(new MapConfigurationPropertySource(Map.of("songngu.schedule.cron", "")))
                .bindOrCreate("songngu", SongnguProperties.class);
        ScheduledRuns off = new ScheduledRuns(mock(AlignmentRuns.class), mock(CorpusChanges.class), none);
        off.start(); // schedules nothing (a blank cron is no trigger)
        off.destroy();
    }
}
