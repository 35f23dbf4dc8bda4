package org.songngu.system;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;

/**
 * Applies {@link EmbeddedDatabaseFolder} to the configured data source before it is built (so H2
 * never opens a folder others can read, nor without a password), and tightens the files H2 created
 * once the context is up (its lock file holds the sharing server's port and key). PostgreSQL and
 * in-memory URLs are left as they are.
 */
@Component
public class EmbeddedDatabaseProtection implements BeanPostProcessor, ApplicationListener<ContextRefreshedEvent> {

    private final EmbeddedDatabaseFolder folders = new EmbeddedDatabaseFolder();
    private final Set<Path> protectedFolders = ConcurrentHashMap.newKeySet();

    EmbeddedDatabaseProtection() {
        bindToLoopback();
    }

    /**
     * Asks H2 to bind its server sockets (AUTO_SERVER's) to loopback unless told otherwise. H2 reads
     * the property once, when it first loads, so {@code main} calls this before anything else.
     */
    public static void bindToLoopback() {
        System.getProperties().putIfAbsent(EmbeddedDatabaseFolder.BIND_PROPERTY, EmbeddedDatabaseFolder.LOOPBACK);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties
                && EmbeddedDatabaseFolder.databasePath(properties.determineUrl())
                        .isPresent()) {
            String user = properties.determineUsername();
            EmbeddedDatabaseFolder.Settings settings = folders.protect(
                    properties.determineUrl(),
                    user == null || user.isEmpty() ? "sa" : user,
                    properties.getPassword(),
                    h2BindAddress());
            if (settings.sharingDropped()) {
                // Not a static logger: main() calls bindToLoopback() first, and plain commands start no logging.
                Logger log = LoggerFactory.getLogger(EmbeddedDatabaseProtection.class);
                log.warn(
                        "H2 would listen on {} for AUTO_SERVER, not on loopback: sharing the embedded database"
                                + " between processes is off (a second command waits for this one to end).",
                        h2BindAddress());
            }
            properties.setUrl(settings.url());
            properties.setPassword(settings.password());
            protectedFolders.add(settings.folder());
        }
        return bean;
    }

    /** The bind address H2 actually uses: the value it read when it loaded, not today's property. */
    private static String h2BindAddress() {
        try {
            // H2 is a runtime dependency: read its setting by name.
            return (String) Class.forName("org.h2.engine.SysProperties")
                    .getField("BIND_ADDRESS")
                    .get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return System.getProperty(EmbeddedDatabaseFolder.BIND_PROPERTY);
        }
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        protectedFolders.forEach(EmbeddedDatabaseFolder::ownerOnlyFiles);
    }
}
