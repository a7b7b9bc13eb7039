-- Edge cases of parseTimeM: modifiers on %z/%Z/%p, %Z run into digits,
-- %s with zones, leap seconds and fractions, %%, non-ASCII literals,
-- empty formats and whitespace-only formats.
{-# LANGUAGE ScopedTypeVariables #-}
import Data.Time
import Data.Proxy
p :: forall t. (ParseTime t, Show t) => Proxy t -> String -> String -> IO ()
p _ f s = putStrLn (show f ++ " " ++ show s ++ " => " ++ show (parseTimeM True defaultTimeLocale f s :: Maybe t) ++ " | " ++ show (parseTimeM False defaultTimeLocale f s :: Maybe t) ++ " | all: " ++ show (readSTime False defaultTimeLocale f s :: [(t,String)]))
zt = Proxy :: Proxy ZonedTime
tod = Proxy :: Proxy TimeOfDay
d = Proxy :: Proxy Day
main :: IO ()
main = do
  mapM_ (p zt "%Ez %Y") ["+0100 2010"]
  mapM_ (p zt "%0z %Y") ["+0100 2010"]
  mapM_ (p zt "%_Z %Y") ["EST 2010"]
  mapM_ (p zt "%s %z %Z") ["0 +0100 EST"]
  mapM_ (p zt "%s %Z %z") ["0 EST +0100"]
  mapM_ (p zt "%Z%Y") ["EST2010"]
  mapM_ (p tod "%-p %I") ["pm 01"]
  mapM_ (p tod "%Ep %I") ["pm 01"]
  mapM_ (p tod "%k") ["24", "23"]
  mapM_ (p tod "%q") ["500000000000"]
  mapM_ (p tod "%-q") ["5"]
  mapM_ (p tod "%S") ["60"]
  mapM_ (p tod "%H:%M:%S%Q") ["23:59:60.999999999999", "23:59:60.9999999999999"]
  mapM_ (p d "%%%Y") ["%2010"]
  mapM_ (p d "%%") ["%", ""]
  mapM_ (p d "é%Y") ["É2010","é2010"]
  mapM_ (p d "%Y%n") ["2010\n"]
  mapM_ (p d "") ["", "  ", "x"]
  mapM_ (p d "%Y ") ["2010", "2010 "]
  mapM_ (p d " ") ["", " "]
  mapM_ (p d "%j") ["060"]
  mapM_ (p d "%Y %j %m") ["2010 060 05"]
  mapM_ (p d "%G %j") ["2010 060"]
  mapM_ (p d "%Y %A") ["2010 FRIDAY"]
  mapM_ (p d "%D %Y") ["03/04/10 2011"]
  mapM_ (p d "%-d/%-m/%Y") ["4/3/2010", "04/03/2010", "4/3/ 2010"]
