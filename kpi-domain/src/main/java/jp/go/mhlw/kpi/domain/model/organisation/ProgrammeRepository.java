package jp.go.mhlw.kpi.domain.model.organisation;

import java.util.List;
import java.util.Optional;

/** The programmes behind the reporting bodies: the hub programmes and AMED's programmes. */
public interface ProgrammeRepository {

    List<HubProgramme> findHubProgrammes();

    Optional<HubProgramme> findHubProgramme(String code);

    /** The active hubs a programme has adopted, by code. */
    List<Organisation> findHubsOf(HubProgramme programme);

    /** AMED's programmes in the committee's order, with their theme counts. */
    List<AmedProgramme> findAmedProgrammes();
}
