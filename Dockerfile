# One image recipe for every service: docker compose passes SERVICE (the module) and PORT.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
ARG SERVICE
RUN ./mvnw -B -q -DskipTests -pl ${SERVICE} -am package

FROM eclipse-temurin:25-jre
ARG SERVICE
ARG PORT
RUN useradd --system --uid 1001 clinicnet
USER clinicnet
COPY --from=build /src/${SERVICE}/target/${SERVICE}.jar /app/service.jar
EXPOSE ${PORT}
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
