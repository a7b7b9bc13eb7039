{-# OPTIONS_GHC -Wno-deprecations #-}
import Control.Monad
import Control.Monad.Trans.Identity
import Control.Monad.Trans.List
import Control.Monad.Trans.Error
import Control.Monad.Trans.Class
import Control.Monad.IO.Class
import Control.Applicative
import Control.Monad.Zip
import Data.Functor.Identity
import qualified Control.Monad.Trans.Reader as R
import qualified Control.Monad.Trans.Writer as W
import qualified Control.Monad.Trans.Except as E
import qualified Control.Monad.Trans.State as S

main :: IO ()
main = do
  print (runIdentity (runIdentityT (IdentityT (Identity 3) >>= \x -> return (x * 2))))
  print (runIdentityT (mapIdentityT (map (+ 1)) (IdentityT [1, 2, 3])))
  print (runIdentityT (IdentityT [1, 2] <|> IdentityT [3]), runIdentityT (empty :: IdentityT Maybe Int))
  print (sum (IdentityT [1, 2, 3]), foldr (:) [] (IdentityT (Just 'a')), length (IdentityT "four"))
  print (fmap runIdentityT (traverse (\x -> Just (x + 1)) (IdentityT [1, 2])))
  print (runIdentityT (mzipWith (+) (IdentityT [1, 2, 3]) (IdentityT [10, 20])))
  runIdentityT (liftIO (putStrLn "identityT io") >> lift (putStrLn "lifted"))
  print (runListT (ListT [[1, 2], [3]] >>= \x -> ListT [[x, x * 10]]))
  print (runIdentity (runListT (do { x <- ListT (return [1, 2, 3]); y <- ListT (return "ab"); return (x, y) })))
  print (runListT (mapListT (fmap reverse) (ListT (Just [1, 2, 3]))))
  print (runIdentity (runListT (ListT (return [1]) <|> ListT (return [2, 3]) <|> empty)))
  print (runIdentity (runListT (liftA2 (+) (ListT (return [1, 2])) (ListT (return [10, 20])))))
  r <- runListT (do { x <- ListT (return [1, 2]); liftIO (print x); lift (return (x * 2)) })
  print r
  print (runIdentity (runErrorT (ErrorT (return (Right 5)) >>= \x -> throwError ("bad " ++ show x) :: ErrorT String Identity Int)))
  print (runIdentity (runErrorT ((throwError "e" `catchError` (\e -> return (length e))) :: ErrorT String Identity Int)))
  print (runIdentity (runErrorT (fail "failed" :: ErrorT String Identity ())))
  print (runIdentity (runErrorT (mzero `mplus` return 'x' :: ErrorT String Identity Char)))
  print (runIdentity (runErrorT (mzero :: ErrorT String Identity Char)))
  print (Left "a" <|> Right 1 <|> (Right 2 :: Either String Int), (empty :: Either String Int))
  print (runIdentity (runErrorT (mapErrorT (fmap (either (Left . reverse) Right)) (throwError "olleh" :: ErrorT String Identity ()))))
  print (strMsg "m" :: String, noMsg :: String)
  print (R.runReader (R.liftCatch (\m h -> m) (R.ask) (const (return 0))) 5)
  print (W.runWriter (W.tell "a" >> W.tell "b"))
  print (runIdentity (E.runExceptT (E.liftCallCC (\f -> f (\x -> return x)) (\k -> k 3 >> return 4)) :: Identity (Either () Int)))
  print (S.runState (S.liftCallCC (\f -> f (\x -> return x)) (\k -> return 1)) 'c')
  print (runIdentity (W.runWriterT (S.runStateT (S.liftListen W.listen (lift (W.tell "hi") >> S.put 'n')) 'o')))
  print (runIdentity (W.runWriterT (S.runStateT (S.liftPass W.pass (return ((), map succ)) <* lift (W.tell "ab")) 'o')))
  print (runIdentity (W.runWriterT (E.runExceptT (E.liftListen W.listen (lift (W.tell "q") >> E.throwE 'x' :: E.ExceptT Char (W.Writer String) ())))))
  print (runIdentity (W.runWriterT (E.runExceptT (E.liftPass W.pass (return (1, reverse)) <* lift (W.tell "ab") :: E.ExceptT () (W.Writer String) Int))))
