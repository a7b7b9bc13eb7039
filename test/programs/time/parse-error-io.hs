-- parseTimeM failing in IO: the user error on stderr, exit code 1.
import Data.Time

main :: IO ()
main = do
  t <- parseTimeM True defaultTimeLocale "%H:%M" "12:34" :: IO TimeOfDay
  print t
  u <- parseTimeM False defaultTimeLocale "%H:%M" " 12:34" :: IO TimeOfDay
  print u
