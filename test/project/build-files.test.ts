// pom.xml and Gradle script reading: coordinates, inheritance, properties, Java and Spring Boot versions.

import { describe, expect, it } from "vitest";
import { parseGradleBuild, parseGradleSettings } from "../../src/project/gradle.js";
import { parsePom } from "../../src/project/maven.js";
import { parseXml } from "../../src/project/xml.js";

describe("parsePom", () => {
  it("reads coordinates, parent, modules and resolves properties", () => {
    const pom = parsePom(`<?xml version="1.0" encoding="UTF-8"?>
      <!-- a comment with <tags> -->
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <parent>
          <groupId>com.acme</groupId><artifactId>parent</artifactId><version>2.1.0</version>
          <relativePath>../parent/pom.xml</relativePath>
        </parent>
        <artifactId>orders</artifactId>
        <packaging>pom</packaging>
        <name>Orders &amp; co</name>
        <properties>
          <jdk>21</jdk>
          <maven.compiler.release>\${jdk}</maven.compiler.release>
          <spring-boot.version>3.1.5</spring-boot.version>
        </properties>
        <modules><module>orders-api</module><module>\${project.artifactId}-core</module></modules>
      </project>`);
    expect(pom).toMatchObject({
      groupId: "com.acme",
      artifactId: "orders",
      version: "2.1.0",
      packaging: "pom",
      name: "Orders & co",
      parent: { groupId: "com.acme", artifactId: "parent", version: "2.1.0", relativePath: "../parent/pom.xml" },
      modules: ["orders-api", "orders-core"],
      javaVersion: "21",
      springBootVersion: "3.1.5",
      problems: [],
    });
  });

  it("finds Spring Boot in a BOM import and Java in the compiler plugin", () => {
    const pom = parsePom(`<project><groupId>g</groupId><artifactId>a</artifactId><version>1</version>
      <dependencyManagement><dependencies><dependency><groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-dependencies</artifactId><version>2.7.0</version><type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>
      <build><plugins><plugin><artifactId>maven-compiler-plugin</artifactId><configuration><source>1.8</source></configuration></plugin></plugins></build>
      </project>`);
    expect(pom.springBootVersion).toBe("2.7.0");
    expect(pom.javaVersion).toBe("1.8");
  });

  it("tolerates broken XML and says what was wrong", () => {
    const pom = parsePom("<project><artifactId>x</artifactId><build><plugins></build></project>");
    expect(pom.artifactId).toBe("x");
    expect(pom.problems.length).toBeGreaterThan(0);
    expect(parsePom("not xml").problems).toContain("no <project> element");
  });

  it("keeps CDATA literally", () => {
    expect(parseXml("<a><![CDATA[x &amp; <y>]]></a>").root?.text).toBe("x &amp; <y>");
  });
});

describe("Gradle", () => {
  it("reads Groovy DSL builds", () => {
    expect(
      parseGradleBuild(`
        // group = 'commented.out'
        plugins { id 'org.springframework.boot' version '3.2.0' }
        group = 'com.acme'
        version = '0.1.0-SNAPSHOT'
        java { toolchain { languageVersion = JavaLanguageVersion.of(21) } }
        repositories { maven { url 'https://repo.example.com/x' } }`),
    ).toEqual({ group: "com.acme", version: "0.1.0-SNAPSHOT", javaVersion: "21", springBootVersion: "3.2.0" });
  });

  it("reads Kotlin DSL builds", () => {
    expect(
      parseGradleBuild(`plugins {\n  id("org.springframework.boot") version "2.7.5"\n}\ngroup = "com.acme"\njava.sourceCompatibility = JavaVersion.VERSION_1_8\n`),
    ).toEqual({ group: "com.acme", version: undefined, javaVersion: "1.8", springBootVersion: "2.7.5" });
  });

  it("reads settings includes in both DSLs", () => {
    expect(parseGradleSettings(`rootProject.name = 'shop'\ninclude 'api', ':core:domain'\ninclude(\n  "web",\n  "batch")\n`)).toEqual({
      rootProjectName: "shop",
      includes: ["api", "core/domain", "web", "batch"],
    });
  });
});
