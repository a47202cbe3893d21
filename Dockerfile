# One image per service (and the portal, the development issuer), built from this one file:
#   ./mvnw -B -DskipTests package
#   docker build --build-arg SERVICE=member-service -t medsoc/member-service:0.1.0 .
# Multi-stage: the executable jar is split into layers (dependencies change less often than the
# application), the runtime is a JRE, the process runs as an unprivileged user. No secret is baked
# in: everything comes from the environment or the files in SECRETS_DIR at run time.
FROM eclipse-temurin:17-jre AS layers
ARG SERVICE
ARG VERSION=0.1.0-SNAPSHOT
WORKDIR /build
COPY ${SERVICE}/target/${SERVICE}-${VERSION}-exec.jar service.jar
RUN java -Djarmode=tools -jar service.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:17-jre
ARG SERVICE
LABEL org.opencontainers.image.title="${SERVICE}" \
      org.opencontainers.image.source="medsoc-platform"
RUN groupadd --system --gid 10001 medsoc && useradd --system --uid 10001 --gid medsoc medsoc
WORKDIR /app
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
USER 10001:10001
ENV JAVA_TOOL_OPTIONS="-Xms512m -Xmx512m -XX:+UseSerialGC"
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
