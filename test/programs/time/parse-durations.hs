-- parseTimeM for NominalDiffTime, DiffTime, CalendarDiffDays and
-- CalendarDiffTime: signed numbers of each unit (summed), seconds with a
-- fraction, the padding modifiers and E.
import Data.Time

main :: IO ()
main = do
  let all' f s = readSTime False defaultTimeLocale f s
  mapM_ (\(f, s) -> putStrLn (show f ++ " " ++ show s ++ " => " ++ show (parseTimeM True defaultTimeLocale f s :: Maybe NominalDiffTime) ++ " | " ++ show (all' f s :: [(NominalDiffTime, String)]) ++ " | " ++ show (parseTimeM True defaultTimeLocale f s :: Maybe DiffTime)))
    [ (f, s)
    | (f, ss) <-
        [ ("%s", ["12", "1.5", "-3", " 7", "1.", ".5"])
        , ("%S", ["12", "1.5", "-3"])
        , ("%M:%S", ["2:03", "-2:03"])
        , ("%H:%M:%S", ["1:2:3", "-1:02:03.25"])
        , ("%0H:%0M:%0S", ["01:02:03", "1:2:3"])
        , ("%_H:%_M", [" 1: 2"])
        , ("%-d %-h", ["2 3"])
        , ("%d %h", ["2 3", "-2 -3"])
        , ("%D %H %M %S", ["2 3 4 5"])
        , ("%w %d", ["2 3"])
        , ("%0w %0d", ["2 3", "12 3"])
        , ("%m", ["7"])
        , ("%h %H", ["1 2"])
        , ("%M %m", ["1 2"])
        , ("%S %s", ["1 2"])
        , ("%y", ["1"])
        , ("%b %B", ["1 2"])
        , ("%Es", ["1.5"])
        , ("%0ES", ["01.5"])
        , ("%E", ["1"])
        , ("%Y", ["1"])
        , ("", [""])
        , ("%d %H:%M:%S", ["1 2:3:4.5"])
        ]
    , s <- ss
    ]
  mapM_ (\(f, s) -> putStrLn (show f ++ " " ++ show s ++ " => " ++ show (parseTimeM True defaultTimeLocale f s :: Maybe CalendarDiffDays) ++ " | " ++ show (parseTimeM True defaultTimeLocale f s :: Maybe CalendarDiffTime)))
    [ ("%y %b %w %d", "1 2 3 4"), ("%b %B", "14 5"), ("%B", "14"), ("%y %m %d", "1 2 3"), ("%y %b %w %d %H %M %S", "1 2 3 4 5 6 7.5")
    , ("%b %s", "3 100"), ("%D", "-5"), ("%y%b", "12"), ("%h", "3")
    ]
