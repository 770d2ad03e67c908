package eu.socialmap.platform.api;

import eu.socialmap.platform.entity.BusinessException;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMappingTest {

    @Test
    void eachKindOfBusinessRefusalHasItsStatusAndTitle() {
        assertThat(BusinessExceptionMapper.statusOf(BusinessException.Kind.INVALID)).isEqualTo(422);
        assertThat(BusinessExceptionMapper.statusOf(BusinessException.Kind.NOT_FOUND)).isEqualTo(404);
        assertThat(BusinessExceptionMapper.statusOf(BusinessException.Kind.CONFLICT)).isEqualTo(409);
        assertThat(BusinessExceptionMapper.statusOf(BusinessException.Kind.FORBIDDEN)).isEqualTo(403);
        assertThat(BusinessExceptionMapper.titleKeyOf(BusinessException.Kind.CONFLICT)).isEqualTo("problem.conflict.title");
    }

    @Test
    void plainHttpFailuresGetATitleForTheirStatus() {
        assertThat(ProblemMapper.titleKeyFor(404)).isEqualTo("problem.notFound.title");
        assertThat(ProblemMapper.titleKeyFor(405)).isEqualTo("problem.methodNotAllowed.title");
        assertThat(ProblemMapper.titleKeyFor(400)).isEqualTo("problem.badRequest.title");
        assertThat(ProblemMapper.titleKeyFor(418)).isEqualTo("problem.badRequest.title");
        assertThat(ProblemMapper.titleKeyFor(503)).isEqualTo("problem.server.title");
    }

    @Test
    void fieldNamesLeaveOutTheJavaMethodAndParameter() {
        assertThat(ConstraintViolationMapper.fieldName("register.arg0.email")).isEqualTo("email");
        assertThat(ConstraintViolationMapper.fieldName("register.arg0.address.postcode")).isEqualTo("address.postcode");
        assertThat(ConstraintViolationMapper.fieldName("email")).isEqualTo("email");
    }

    @Test
    void aBusinessRefusalThrownThroughAnEjbIsStillABusinessRefusal() {
        BusinessException refusal = new BusinessException(BusinessException.Kind.CONFLICT, "x");
        assertThat(UnexpectedExceptionMapper.unwrap(new EJBException(new EJBException(refusal)))).isSameAs(refusal);
    }
}
