-- Reads lines "d <double>" / "f <double that is a Float>" and prints GHC's
-- floatToDigits, show and a few Numeric formats of the value, one line each.
import Numeric

main :: IO ()
main = getContents >>= mapM_ one . lines

one :: String -> IO ()
one l = case words l of
  ["d", v] -> putStrLn (describe (read v :: Double))
  ["f", v] -> putStrLn (describe (realToFrac (read v :: Double) :: Float))
  _ -> return ()

describe :: RealFloat a => a -> String
describe x =
  unwords
    [ show (floatToDigits 10 (abs x)), showFloat x "", showEFloat (Just 3) x ""
    , showFFloat (Just 2) x "", showGFloat (Just 0) x "", showEFloat Nothing x "" ]
