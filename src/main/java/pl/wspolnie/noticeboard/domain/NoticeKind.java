package pl.wspolnie.noticeboard.domain;

public enum NoticeKind {

    FUNDING, VOLUNTEERING, JOB

}
