package dk.protokol.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page. The working pages for secretaries, chairs and evaluators come with the pages issue. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
