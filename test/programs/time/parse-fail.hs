-- parseTimeM's failures in IO (no parse, multiple parses), the
-- deprecated parseTime/readTime/readsTime, parseTimeOrError on success,
-- and readPTime inside a ReadP parser of our own.
import Control.Exception
import Data.Time
import Text.ParserCombinators.ReadP

main :: IO ()
main = do
  r <- try (parseTimeM True defaultTimeLocale "%-m%-d" "111" :: IO Day)
  print (r :: Either IOException Day)
  r2 <- try (parseTimeM True defaultTimeLocale "%Y" "x\n\"y" :: IO Day)
  print (r2 :: Either IOException Day)
  d <- parseTimeM True defaultTimeLocale "%Y-%m-%d" " 2010-03-04 " :: IO Day
  print d
  print (parseTime defaultTimeLocale "%Y" " 2010 " :: Maybe Day, readTime defaultTimeLocale "%Y" " 2010 " :: Day, readsTime defaultTimeLocale "%Y" " 2010 " :: [(Day, String)])
  print (parseTimeOrError True defaultTimeLocale "%H:%M" "12:34" :: TimeOfDay)
  print (parseTimeM True defaultTimeLocale "%Y" "2010" :: [Day], parseTimeM True defaultTimeLocale "%Y" "x" :: [Day])
  let twoDates = (,) <$> readPTime True defaultTimeLocale "%Y-%m-%d" <*> (char ',' *> readPTime True defaultTimeLocale "%H:%M")
  print (readP_to_S twoDates "  2010-03-04, 12:34" :: [((Day, TimeOfDay), String)])
  print (readSTime True defaultTimeLocale " %Y" "  2010" :: [(Day, String)], readSTime True defaultTimeLocale "%Y" "  2010" :: [(Day, String)])
  r3 <- try (evaluate (parseTimeOrError True defaultTimeLocale "%-m%-d" "111" :: Day))
  either (\e -> putStrLn ("error: " ++ takeWhile (/= '\n') (show (e :: ErrorCall)))) print r3
  print (parseTimeOrError False defaultTimeLocale "%Y" " 2010" :: Day)
