-- evaluate (force x) inside catch/try/handle with different exception
-- types; the first failing component in rnf's left-to-right order wins.
import Control.DeepSeq
import Control.Exception
import qualified Data.List as L

data Boom = Boom String deriving Show

instance Exception Boom

attempt :: (NFData a, Show a) => String -> a -> IO ()
attempt label x =
  handle (\e -> putStrLn (label ++ ": caught " ++ takeWhile (/= '\n') (show (e :: SomeException)))) $ do
    y <- evaluate (force x)
    putStrLn (label ++ ": " ++ show y)

main :: IO ()
main = do
  attempt "div" [10 `div` 2, 10 `div` (0 :: Int)]
  attempt "boom" (Just (throw (Boom "custom") :: Int))
  attempt "order" (error "first" :: Int, error "second" :: Int)
  attempt "nested" [[1, 2], [3, error "inner"], [error "later"] :: [Int]]
  attempt "head" (head ([] :: [Int]))
  attempt "arith" (map (\n -> 100 `mod` n) [3, 2, 1, 0 :: Int])
  attempt "fine" (zip "abc" [1 :: Integer ..])
  attempt "lazy-ok" (take 3 (L.cycle [1, 2 :: Int]))
  r <- try (evaluate (rnf (assert False 'x')))
  putStrLn (either (\e -> "assert " ++ (if null (show (e :: SomeException)) then "" else "caught")) (const "no assert") r)
  n <- evaluate (length (force (replicate 5 'z')))
  print n
  r2 <- try (return $!! (error "strict return" :: [Int]))
  putStrLn (either (\(ErrorCall m) -> "return $!!: " ++ m) show r2)
  r3 <- try (return (error "lazy return" :: [Int]))
  putStrLn (either (\(ErrorCall m) -> m) (const "return is lazy") r3)
  r4 <- try ((length <$!!> return [undefined, undefined :: Int]) >>= print)
  putStrLn (either (\(ErrorCall m) -> "<$!!> forced the result only: " ++ m) (const "length was fine") r4)
