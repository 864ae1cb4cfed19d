package pl.wspolnie.organizations.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import pl.wspolnie.organizations.domain.ReviewQueue;

/**
 * The liaison officer's work list: pending requests to join and unverified organisations.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReviewController {

    private final ReviewQueue queue;

    @GetMapping("/organizations/review")
    String review(Model model) {
        model.addAttribute("review", queue.forCurrentUser());
        return "organizations/review";
    }

}
