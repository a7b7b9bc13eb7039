import Control.Applicative
import Control.Monad
import Control.Exception
import Data.Monoid

logged :: Int -> (String, Int)
logged x = ("saw " ++ show x ++ "; ", x * 2)

counted :: Int -> (Sum Int, [Int], Int)
counted x = (Sum 1, [x], x + 1)

main :: IO ()
main = do
  print (logged 1 >>= logged >>= logged)
  print (mapM logged [1, 2, 3])
  print ((,) "a" (+ 1) <*> ("b", 41), liftA2 (+) ("x", 1) ("y", 2), ("l", 'c') <* ("r", ()), ("l", 'c') *> ("r", 'd'))
  print (counted 1 >>= counted >>= counted)
  print (traverse counted [10, 20])
  print (fmap negate (1, 'b', 3), (5 :: Int) <$ ('a', 'b', 'c'), fmap show (1, 2, 3, 4))
  print (pure 'p' :: (String, [Int], Char), (Sum 2, "q", succ) <*> (Sum 3, "r", 'a'))
  print ((Product 2, "a", [()], 'x') >>= \c -> (Product 5, "b", [()], succ c))
  print (pure 1 :: ([()], String, Any, Int))
  print (("ab", [1], Sum 2) <> ("cd", [2], Sum 3), mempty :: (String, [Int], Sum Int))
  print (("a", "b", "c", "d") <> ("1", "2", "3", "4"), mempty :: (String, String, String, String))
  print (("a", "b", "c", "d", "e") <> ("1", "2", "3", "4", "5"), mconcat [("x", [1], "y", [2], "z"), ("X", [3], "Y", [4], "Z")])
  r <- (return "io" <> return "-monoid") :: IO String
  putStrLn r
  e <- mempty :: IO String
  print e
  v <- (fail "first" <|> return 'b')
  print v
  w <- mplus (ioError (userError "x")) (return 'c')
  print w
  res <- try (empty :: IO Int)
  case res of
    Left err -> putStrLn ("empty: " ++ show (err :: IOException))
    Right _ -> putStrLn "no"
  res2 <- try (mzero :: IO Int)
  print (either (\err -> show (err :: IOException)) show res2)
  xs <- many (return 1 >> empty) :: IO [Int]
  print xs
