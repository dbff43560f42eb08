package com.bitzoom.desk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rooms of DESIGN.md and the only directions in which they may depend on each other.
 * Packages that do not exist yet are allowed to be empty; once they exist, they are held to this.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("com.bitzoom.desk");
    }

    private static LayeredArchitecture rooms() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("cli").definedBy("com.bitzoom.desk.cli..")
                .layer("ui").definedBy("com.bitzoom.desk.ui..")
                .layer("stream").definedBy("com.bitzoom.desk.stream..")
                .layer("market").definedBy("com.bitzoom.desk.market..")
                .layer("sim").definedBy("com.bitzoom.desk.sim..")
                .layer("config").definedBy("com.bitzoom.desk.config..")
                .layer("protocol").definedBy("com.bitzoom.desk.protocol..");
    }

    @Test
    void theMainCodeIsThere() {
        assertThat(main.containPackage("com.bitzoom.desk.protocol")).isTrue();
        assertThat(main.containPackage("com.bitzoom.desk.cli")).isTrue();
    }

    @Test
    void packagesDependOnlyInTheDirectionsOfTheDesign() {
        rooms()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyAccessLayers("ui", "sim", "config", "stream", "protocol", "market")
                .whereLayer("ui").mayOnlyAccessLayers("stream", "market", "protocol", "config")
                .whereLayer("stream").mayOnlyAccessLayers("protocol")
                .whereLayer("market").mayOnlyAccessLayers("protocol")
                .whereLayer("sim").mayOnlyAccessLayers("protocol", "market")
                .whereLayer("config").mayOnlyAccessLayers("protocol")
                .whereLayer("protocol").mayNotAccessAnyLayer()
                .check(main);
    }

    @Test
    void configIsUsedByCliAndUiOnly() {
        rooms().whereLayer("config").mayOnlyBeAccessedByLayers("cli", "ui").check(main);
    }

    @Test
    void protocolStreamAndMarketNeverTouchJavaFx() {
        noClasses().that().resideInAnyPackage("com.bitzoom.desk.protocol..", "com.bitzoom.desk.stream..",
                        "com.bitzoom.desk.market..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void protocolDoesNoNetworkingOrThreads() {
        // DESIGN.md: protocol is the wire format and nothing else — no threads, no I/O but reading a String.
        noClasses().that().resideInAPackage("com.bitzoom.desk.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.util.concurrent..",
                        "jakarta.websocket..", "org.glassfish.tyrus..", "java.nio.file..")
                .orShould().dependOnClassesThat().areAssignableTo(Thread.class)
                .allowEmptyShould(true)
                .check(main);
    }
}
