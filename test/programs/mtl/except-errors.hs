import Control.Monad.Except
import Control.Applicative ((<|>))
import Control.Monad.Trans.Except
import Control.Exception (IOException)
import System.IO.Error (userError, ioeGetErrorString)

data Err = DivZero | Negative Int | Other String deriving (Show, Eq)

safeDiv :: Int -> Int -> Except Err Int
safeDiv _ 0 = throwE DivZero
safeDiv a b = return (a `div` b)

checkPos :: Int -> Except Err Int
checkPos n | n < 0 = throwE (Negative n)
           | otherwise = pure n

calc :: Int -> Int -> Except Err Int
calc a b = do
  x <- safeDiv a b
  y <- checkPos (x - 10)
  return (x + y)

recover :: Except Err Int -> Except Err Int
recover m = m `catchE` \e -> case e of
  DivZero -> return 0
  Negative n -> return (abs n)
  _ -> throwE e

eitherCalc :: Int -> Either String Int
eitherCalc n = do
  when (n > 100) (throwError "too big")
  r <- (if n == 13 then Left "unlucky" else Right n) `catchError` (\e -> Right (length e))
  liftEither (if r == 0 then Left "zero" else Right (r * 2))

ioCalc :: ExceptT String IO Int
ioCalc = do
  liftIO (putStrLn "starting")
  x <- except (Right 5)
  lift (print x)
  _ <- withExceptT ("wrapped: " ++) (throwE "inner") `catchE` (\e -> liftIO (putStrLn e) >> return 0)
  y <- ExceptT (return (Left "boom"))
  liftIO (putStrLn "unreachable")
  return (x + y)

main :: IO ()
main = do
  print (runExcept (calc 100 2))
  print (runExcept (calc 100 0))
  print (runExcept (calc 10 2))
  print (runExcept (recover (calc 100 0)), runExcept (recover (calc 10 2)))
  print (runExcept (recover (throwE (Other "x"))))
  print (runExcept (withExcept show (calc 1 0)) :: Either String Int)
  print (runExcept (mapExcept (either (const (Right (-1))) (Right . (* 2))) (calc 1 0)) :: Either Err Int)
  print (runExcept (except (Left (Other "direct")) :: Except Err ()))
  print (map eitherCalc [5, 13, 200, 0])
  r <- runExceptT ioCalc
  print r
  r2 <- runExceptT (mapExceptT (fmap (either (Left . length) Right)) (throwE "four" :: ExceptT String IO ()))
  print r2
  res <- (ioError (userError "bad io") >> return "ok") `catchError` (\e -> return ("caught: " ++ ioeGetErrorString (e :: IOException)))
  putStrLn res
  print (throwError () `catchError` (\() -> Just 3) :: Maybe Int)
  print ((Just 1 >>= \_ -> throwError ()) :: Maybe Int)
  print (runExcept (traverse (\x -> if x > 2 then throwE x else return (x * 10)) [1, 2, 3, 4]))
  print (runExcept (mapM checkPos [1, 2, 3]))
  print (runExcept (sequence_ [checkPos 1, checkPos (-5), safeDiv 1 0]))
  print (runExcept ((,) <$> checkPos 1 <*> checkPos 2))
  print (runExcept (throwE "e1" <|> throwE "e2" :: Except String Int))
  print (runExcept (throwE "e1" <|> return 9 :: Except String Int))
  print (runExcept (msum [throwE "a", throwE "b", pure 'c']))
  print (runExcept (liftEither (Left 'q') :: Except Char Int))
