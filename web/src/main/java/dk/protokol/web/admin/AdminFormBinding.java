package dk.protokol.web.admin;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** The administrator's forms are bound as the secretary's: straight onto their fields, a blank text is none. */
@ControllerAdvice(basePackageClasses = AdminFormBinding.class)
class AdminFormBinding {

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
